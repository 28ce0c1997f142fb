package org.minzheng.flow.socialorg.annual;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.processes.socialorg.SocialOrgAnnualReportProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.OrganisationType;
import org.minzheng.flow.socialorg.SocialOrgScope;
import org.minzheng.flow.socialorg.credit.CreditState;
import org.minzheng.flow.socialorg.registration.RegistrationService;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one class that starts and correlates {@code SocialOrgAnnualReportProcess}: opens a
 * registrar's yearly campaign (one case per registered organisation, started in batches
 * so hundreds of cases never make one long transaction), records submissions and
 * corrections.
 */
@Service
public class AnnualReportService {

	private static final Logger log = LoggerFactory.getLogger(AnnualReportService.class);

	/** Cases started per transaction when a campaign opens. */
	static final int BATCH = 50;

	private final AnnualReportMapper reports;

	private final OrganisationMapper organisations;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	AnnualReportService(AnnualReportMapper reports, OrganisationMapper organisations, Workflow workflow,
			AuditTrail audit, TransactionTemplate tx, Clock clock) {
		this.reports = reports;
		this.organisations = organisations;
		this.workflow = workflow;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * Opens the year's campaign for a registrar: one report case per registered
	 * organisation, with the deadline and a reminder some days before it.
	 * @return the campaign, with the number of cases started
	 */
	public AnnualCampaign open(OpenCampaign request, StaffUser user) {
		String registrar = request.registrarCode();
		if (!user.covers(BusinessLine.SOCIALORG, Role.ADMIN, registrar)
				&& !SocialOrgScope.holds(user, Role.SUPERVISOR, registrar)) {
			throw ApiException.forbidden("NOT_CAMPAIGN_ADMIN", "只有该登记管理机关的管理员或科长可以开启年报");
		}
		if (request.deadline().isBefore(LocalDate.now(clock))) {
			throw ApiException.badRequest("DEADLINE_PASSED", "deadline", "报送截止日期不能早于今天");
		}
		return openFor(request, user.username(),
				user.primary(BusinessLine.SOCIALORG, Role.ADMIN, Role.SUPERVISOR).role().name());
	}

	/**
	 * Opens the campaign as the given actor (a user, or the system on the configured
	 * date). The unique (registrar, year) key refuses a second opening, also from another
	 * node.
	 */
	AnnualCampaign openFor(OpenCampaign request, String actor, String actorRole) {
		String registrar = request.registrarCode();
		LocalDate reminderOn = request.deadline().minusDays(request.reminderDaysBefore());
		Long campaignId = tx.execute(status -> {
			if (reports.countCampaigns(registrar, request.year()) > 0) {
				throw ApiException.conflict("CAMPAIGN_EXISTS", "该年度的年报已经开启");
			}
			OrganisationMapper.Key key = new OrganisationMapper.Key();
			reports.insertCampaign(key, request.year(), registrar, request.deadline(), reminderOn, actor,
					clock.instant());
			audit.record(new org.minzheng.flow.audit.AuditRecord(actor, actorRole, registrar, null,
					"SOCIALORG_CAMPAIGN_OPENED", request.year() + " 年度报告开启，截止 " + request.deadline(), null));
			return key.id;
		});
		List<Long> ids = organisations.activeIds(registrar);
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + BATCH)));
			tx.executeWithoutResult(
					status -> batch.forEach(id -> startCase(campaignId, request.year(), registrar, id)));
		}
		tx.executeWithoutResult(status -> reports.campaignOpened(campaignId, ids.size()));
		log.info("campaign {} of {} opened with {} cases", request.year(), registrar, ids.size());
		return reports.findCampaign(campaignId);
	}

	private void startCase(long campaignId, int year, String registrar, long organisationId) {
		Organisation organisation = organisations.find(organisationId);
		OrganisationMapper.Key key = new OrganisationMapper.Key();
		String no = "SO-AR-%s-%d-%06d".formatted(registrar, year, organisationId);
		reports.insertReport(key, no, campaignId, organisationId);
		Map<String, Object> variables = new HashMap<>();
		variables.put(SocialOrgAnnualReportProcess.VAR_REPORT_ID, key.id);
		variables.put(SocialOrgAnnualReportProcess.VAR_REGISTRAR_CODE, registrar);
		variables.put(SocialOrgAnnualReportProcess.VAR_MANAGEMENT_MODE, organisation.managementMode());
		variables.put(SocialOrgAnnualReportProcess.VAR_SUPERVISORY_UNIT_CODE, organisation.supervisoryUnitCode());
		reports.setProcessInstance(key.id, workflow.start(SocialOrgAnnualReportProcess.PROCESS_KEY, no, variables));
	}

	/**
	 * Records the organisation's report (the registrar's clerk files it, as handed in at
	 * the window or through the online hall); foundations attach their audit report.
	 */
	@Transactional
	public void submit(String reportNo, SubmitReport request, StaffUser clerk) {
		AnnualReport report = reports.findByNo(reportNo);
		Organisation organisation = report == null ? null : organisations.find(report.organisationId());
		requireClerk(clerk, organisation);
		if (organisation.orgType() == OrganisationType.FOUNDATION
				&& RegistrationService.blankToNull(request.auditReportNo()) == null) {
			throw ApiException.badRequest("AUDIT_REPORT_REQUIRED", "auditReportNo", "基金会报送年度报告须附审计报告");
		}
		boolean late = AnnualReportActions.OVERDUE.equals(report.status());
		if (reports.submit(report.id(), clock.instant(), late, request.summary(),
				RegistrationService.blankToNull(request.auditReportNo())) == 0) {
			throw ApiException.conflict("REPORT_ALREADY_SUBMITTED", "该年度报告已报送");
		}
		audit.record(clerk, Role.CLERK, organisation.registrarCode(), reportNo, "SOCIALORG_REPORT_SUBMITTED",
				(late ? "逾期补报" : "报送") + "年度报告：" + organisation.name(), null);
		if (!workflow.correlate(SocialOrgAnnualReportProcess.MESSAGE_REPORT_SUBMITTED, reportNo, Map.of())) {
			throw ApiException.conflict("REPORT_NOT_OPEN", "该年度报告当前不接受报送");
		}
	}

	/** Records the corrected report after an order to correct. */
	@Transactional
	public void correct(String reportNo, SubmitReport request, StaffUser clerk) {
		AnnualReport report = reports.findByNo(reportNo);
		Organisation organisation = report == null ? null : organisations.find(report.organisationId());
		requireClerk(clerk, organisation);
		if (reports.corrected(report.id(), request.summary()) == 0) {
			throw ApiException.conflict("NOT_AWAITING_CORRECTION", "该年度报告当前不在改正期");
		}
		audit.record(clerk, Role.CLERK, organisation.registrarCode(), reportNo, "SOCIALORG_REPORT_CORRECTED",
				"报送改正后的年度报告", null);
		if (!workflow.correlate(SocialOrgAnnualReportProcess.MESSAGE_REPORT_CORRECTED, reportNo, Map.of())) {
			throw ApiException.conflict("NOT_AWAITING_CORRECTION", "该年度报告当前不在改正期");
		}
	}

	/** A report as the registrar sees it. */
	@Transactional(readOnly = true)
	public ReportView view(String reportNo, StaffUser user) {
		AnnualReport report = reports.findByNo(reportNo);
		Organisation organisation = report == null ? null : organisations.find(report.organisationId());
		if (organisation == null || !SocialOrgScope.canSee(user, organisation)) {
			throw ApiException.notFound("REPORT_NOT_FOUND", "年度报告不存在或无权查看");
		}
		return new ReportView(report.reportNo(), organisation.name(), organisation.uscc(), report.status(),
				report.late(), report.submittedAt(), report.correctionNote(), organisation.creditState());
	}

	private static void requireClerk(StaffUser clerk, Organisation organisation) {
		if (organisation == null || !SocialOrgScope.canSee(clerk, organisation)) {
			throw ApiException.notFound("REPORT_NOT_FOUND", "年度报告不存在或无权查看");
		}
		if (!SocialOrgScope.holds(clerk, Role.CLERK, organisation.registrarCode())) {
			throw ApiException.forbidden("NOT_REGISTRAR_CLERK", "您不是该登记管理机关的受理人员");
		}
	}

	/** Opening a campaign. */
	record OpenCampaign(@NotBlank @Size(max = 20) String registrarCode, @Min(2000) @Max(2100) int year,
			@NotNull LocalDate deadline, @Min(0) @Max(90) int reminderDaysBefore) {
	}

	/** A report or its correction. */
	record SubmitReport(@NotBlank @Size(max = 2000) String summary, @Size(max = 100) String auditReportNo) {
	}

	/** A report as lists and pages show it. */
	record ReportView(String reportNo, String organisationName, String uscc, String status, boolean late,
			Instant submittedAt, String correctionNote, CreditState creditState) {
	}

}
