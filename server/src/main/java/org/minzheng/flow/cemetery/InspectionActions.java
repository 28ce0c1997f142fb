package org.minzheng.flow.cemetery;

import java.time.Clock;
import java.time.LocalDate;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.inbox.OverdueEscalations;
import org.minzheng.flow.integration.credit.CreditPlatformClient;
import org.minzheng.flow.integration.credit.CreditReceipt;
import org.minzheng.flow.integration.credit.CreditRecord;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the inspection process does on its own, called by its thin delegates: resolve the
 * parties, report an unqualified cemetery to the credit platform, escalate overdue work
 * to the district's supervisors, close the case.
 */
@Service
public class InspectionActions {

	/** Category of the credit record of an unqualified cemetery. */
	static final String CREDIT_CATEGORY = "CEMETERY_INSPECTION_UNQUALIFIED";

	private static final Logger log = LoggerFactory.getLogger(InspectionActions.class);

	private final CemeteryMapper cemeteries;

	private final CreditPlatformClient credit;

	private final OverdueEscalations escalations;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	InspectionActions(CemeteryMapper cemeteries, CreditPlatformClient credit, OverdueEscalations escalations,
			OrgDirectory orgs, AuditTrail audit, Clock clock) {
		this.cemeteries = cemeteries;
		this.credit = credit;
		this.escalations = escalations;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/** The inspection's parties, recorded with its process instance. */
	@Transactional
	public Parties prepare(long inspectionId, String processInstanceId) {
		Inspection inspection = cemeteries.inspection(inspectionId);
		cemeteries.setInspectionProcess(inspectionId, processInstanceId);
		return new Parties(inspection.operatorUnitCode(), inspection.enforcementUnitCode());
	}

	/**
	 * Reports the unqualified cemetery to the credit platform (idempotent per key; a
	 * failure throws, so the job retries and then raises an incident).
	 */
	@Transactional
	public void reportCredit(long inspectionId, String idempotencyKey) {
		Inspection inspection = cemeteries.inspection(inspectionId);
		if (inspection.creditRecordNo() != null) {
			return;
		}
		Cemetery cemetery = cemeteries.cemeteryById(inspection.cemeteryId());
		LocalDate decided = LocalDate.ofInstant(inspection.resultAt(), WorkingDayCalendar.ZONE);
		CreditReceipt receipt = credit.report(new CreditRecord(CREDIT_CATEGORY, cemetery.operatorUscc(),
				cemetery.operatorName(), inspection.districtCode(), orgs.nameOf(inspection.districtCode()) + "民政局",
				decided, "经营性公墓年检不合格：" + cemetery.name(), inspection.inspectionNo()), idempotencyKey);
		cemeteries.recordCredit(inspectionId, receipt.recordNo(), receipt.acceptedAt());
		audit.recordSystem(inspection.districtCode(), inspection.inspectionNo(), "CEMETERY_CREDIT_REPORTED",
				"年检不合格已报送信用平台，记录号 " + receipt.recordNo(), null);
		log.info("[{}] reported to the credit platform as {}", inspection.inspectionNo(), receipt.recordNo());
	}

	/**
	 * A task is overdue: its work item is marked and the district's supervisors hear of
	 * it (for the operator's self-report or rectification too, since the operator answers
	 * to the district).
	 */
	@Transactional
	public void escalateOverdue(String processInstanceId, String businessKey, String taskKey) {
		Inspection inspection = cemeteries.inspectionByNo(businessKey);
		String district = inspection != null ? inspection.districtCode()
				: cemeteries.campaignByNo(businessKey).districtCode();
		escalations.escalate(processInstanceId, businessKey, taskKey, district);
		if (inspection != null && CemeteryInspectionProcess.TASK_SELF_INSPECTION.equals(taskKey)) {
			cemeteries.markSelfReportEscalated(inspection.id(), clock.instant());
		}
	}

	/** The inspection ended in one of its closing end events. */
	@Transactional
	public void closed(long inspectionId, String endEventId) {
		Inspection inspection = cemeteries.inspection(inspectionId);
		if (CemeteryInspectionProcess.END_EVENT_QUALIFIED.equals(endEventId) && inspection.result() == null) {
			// findings 合格 on the first inspection
			cemeteries.recordResult(inspectionId, "QUALIFIED", null, inspection.resultBy(), clock.instant());
		}
		cemeteries.closeInspection(inspectionId, clock.instant());
		audit.recordSystem(inspection.districtCode(), inspection.inspectionNo(), "CEMETERY_INSPECTION_CLOSED",
				"检查结束：" + endEventId, null);
	}

	/** The parties of an inspection, as candidate-group units. */
	public record Parties(String operatorUnitCode, String enforcementUnitCode) {
	}

}
