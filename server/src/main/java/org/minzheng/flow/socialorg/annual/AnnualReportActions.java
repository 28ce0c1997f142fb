package org.minzheng.flow.socialorg.annual;

import java.time.Clock;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.inbox.NotificationService;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.credit.CreditLists;
import org.minzheng.flow.socialorg.credit.CreditReason;
import org.minzheng.flow.socialorg.credit.CreditState;
import org.minzheng.flow.socialorg.credit.CreditTransition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the annual-report process's service tasks do: remind, list on the deadline those
 * who did not report, accept (and lift the listing of a late reporter), order and follow
 * up a correction.
 */
@Service
public class AnnualReportActions {

	/** Report status once the deadline passed without a report. */
	static final String OVERDUE = "OVERDUE";

	private final AnnualReportMapper reports;

	private final OrganisationMapper organisations;

	private final CreditLists credit;

	private final org.minzheng.flow.socialorg.credit.CreditListings listings;

	private final NotificationService notifications;

	private final AuditTrail audit;

	private final Clock clock;

	AnnualReportActions(AnnualReportMapper reports, OrganisationMapper organisations, CreditLists credit,
			NotificationService notifications, AuditTrail audit, Clock clock,
			org.minzheng.flow.socialorg.credit.CreditListings listings) {
		this.listings = listings;
		this.reports = reports;
		this.organisations = organisations;
		this.credit = credit;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void remind(long reportId) {
		AnnualReport report = reports.find(reportId);
		if (!AnnualReport.OPEN.equals(report.status())) {
			return;
		}
		Organisation organisation = organisations.find(report.organisationId());
		AnnualCampaign campaign = reports.findCampaign(report.campaignId());
		String message = organisation.name() + " 尚未报送 " + campaign.reportYear() + " 年度报告，截止 " + campaign.deadline();
		notifications.notify("REMINDER", BusinessLine.SOCIALORG, Role.CLERK, organisation.registrarCode(),
				report.reportNo(), null, message);
		audit.recordSystem(organisation.registrarCode(), report.reportNo(), "SOCIALORG_REPORT_REMINDED", message, null);
	}

	/** On the deadline: no report → 活动异常名录, dated today, with the reason. */
	@Transactional
	public void listNotReported(long reportId) {
		AnnualReport report = reports.find(reportId);
		if (reports.transition(reportId, AnnualReport.OPEN, OVERDUE) == 0) {
			return;
		}
		AnnualCampaign campaign = reports.findCampaign(report.campaignId());
		String reason = "未在 " + campaign.deadline() + " 前报送 " + campaign.reportYear() + " 年度报告";
		listings.open(report.organisationId(), CreditReason.NO_ANNUAL_REPORT, reason, report.reportNo());
	}

	/**
	 * The registrar accepted the report; a late reporter listed for this report comes off
	 * the abnormal list (补报并改正).
	 */
	@Transactional
	public void accepted(long reportId) {
		AnnualReport report = reports.find(reportId);
		reports.close(reportId, AnnualReport.ACCEPTED, clock.instant());
		CreditTransition last = organisations.lastTransition(report.organisationId());
		if (report.late() && last != null && last.toState() == CreditState.ABNORMAL
				&& report.reportNo().equals(last.caseRef())) {
			AnnualCampaign campaign = reports.findCampaign(report.campaignId());
			credit.removeCorrected(report.organisationId(), "已补报 " + campaign.reportYear() + " 年度报告并经审查通过",
					report.reportNo(), CreditLists.Actor.SYSTEM);
		}
	}

	@Transactional
	public void orderCorrection(long reportId) {
		AnnualReport report = reports.find(reportId);
		reports.transition(reportId, AnnualReport.SUBMITTED, AnnualReport.CORRECTION_ORDERED);
		Organisation organisation = organisations.find(report.organisationId());
		audit.recordSystem(organisation.registrarCode(), report.reportNo(), "SOCIALORG_CORRECTION_ORDERED",
				"责令限期改正年度报告", report.correctionNote());
	}

	@Transactional
	public void listNotCorrected(long reportId) {
		AnnualReport report = reports.find(reportId);
		reports.close(reportId, AnnualReport.NOT_CORRECTED, clock.instant());
		listings.open(report.organisationId(), CreditReason.REPORT_NOT_CORRECTED,
				"年度报告逾期未改正：" + (report.correctionNote() == null ? "" : report.correctionNote()), report.reportNo());
	}

}
