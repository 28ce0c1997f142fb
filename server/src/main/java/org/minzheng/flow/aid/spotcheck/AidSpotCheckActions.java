package org.minzheng.flow.aid.spotcheck;

import java.time.Clock;
import java.time.LocalDate;

import org.minzheng.flow.aid.BeneficiaryStatus;
import org.minzheng.flow.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the spot-check process does on its own, for the thin delegates in
 * {@code aid.spotcheck.process}: writes a confirmed correction to the decision it
 * corrects (stopping payment this month where the correction says so) and closes the
 * case.
 */
@Service
public class AidSpotCheckActions {

	private final AidSpotCheckMapper checks;

	private final AuditTrail audit;

	private final Clock clock;

	AidSpotCheckActions(AidSpotCheckMapper checks, AuditTrail audit, Clock clock) {
		this.checks = checks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The district approver confirmed the correction: the application's decision record
	 * carries it (audited on the application's case too); a correction that ends payment
	 * makes this month the last one paid.
	 */
	@Transactional
	public void applyCorrection(long spotCheckId) {
		AidSpotCheck check = checks.findById(spotCheckId);
		if (checks.transition(spotCheckId, AidSpotCheckStatus.AWAITING_CORRECTION, AidSpotCheckStatus.CORRECTED) == 0) {
			throw new IllegalStateException("spot check " + check.checkNo() + " awaits no correction");
		}
		checks.correctDecision(check.applicationId(), check.correction(), check.checkNo(), clock.instant());
		String stopped = "";
		if (check.endsPayment()) {
			String status = checks.beneficiaryStatus(check.applicationId());
			BeneficiaryStatus from = status == null ? null : BeneficiaryStatus.valueOf(status);
			if (from != null && from.mayBecome(BeneficiaryStatus.TERMINATED)) {
				LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
				if (checks.stopPayment(check.applicationId(), from.name(), thisMonth) == 0) {
					throw new IllegalStateException("beneficiary of " + check.applicationNo() + " changed meanwhile");
				}
				stopped = "，自 " + thisMonth + " 后停止发放";
			}
		}
		audit.recordSystem(check.districtCode(), check.applicationNo(), "AID_DECISION_CORRECTED",
				"经抽查 " + check.checkNo() + " 纠正审批决定" + stopped, check.correction());
		audit.recordSystem(check.districtCode(), check.checkNo(), "AID_SPOT_CHECK_CORRECTED",
				"原决定 " + check.applicationNo() + " 已纠正" + stopped, null);
	}

	/** The process reached its end: the case is closed. */
	@Transactional
	public void closed(long spotCheckId) {
		AidSpotCheck check = checks.findById(spotCheckId);
		if (checks.close(spotCheckId, clock.instant()) > 0) {
			audit.recordSystem(check.districtCode(), check.checkNo(), "AID_SPOT_CHECK_CLOSED",
					"抽查办结：" + AidSpotCheckCaseFeature.label(check.status()), null);
		}
	}

}
