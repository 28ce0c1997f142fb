package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.minzheng.flow.shared.Csv;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.inbox.StartedCases;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of 低保/特困 cases inside a user's scope: the auditor's search, a clerk's 我发起, the
 * case diagram with the path taken, and the full history as CSV. Names and ID numbers are
 * masked unless the reader handles cases of that street.
 */
@Service
public class AidCases implements StartedCases {

	/** Outcomes an auditor filters by, and the statuses each means. */
	enum Outcome {

		OPEN(List.of("SUBMITTED", "AWAITING_SUPPLEMENT", "IN_PROGRESS", "IN_NOTICE")), APPROVED(List.of("APPROVED")),
		REJECTED(List.of("REJECTED")), NOT_ACCEPTED(List.of("NOT_ACCEPTED", "SUPPLEMENT_EXPIRED"));

		private final List<String> statuses;

		Outcome(List<String> statuses) {
			this.statuses = statuses;
		}

	}

	private final AidCaseMapper cases;

	private final AidApplicationService applications;

	private final AidCaseView views;

	private final Workflow workflow;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	AidCases(AidCaseMapper cases, AidApplicationService applications, AidCaseView views, Workflow workflow,
			OrgDirectory orgs, AuditTrail audit) {
		this.cases = cases;
		this.applications = applications;
		this.views = views;
		this.workflow = workflow;
		this.orgs = orgs;
		this.audit = audit;
	}

	/**
	 * Search inside the user's scope. {@code q} is an application number, a full ID
	 * number or the beginning of the applicant's name.
	 */
	@Transactional(readOnly = true)
	public CasePage search(String q, String street, LocalDate from, LocalDate to, String outcome, StaffUser user,
			int page, int size) {
		String applicationNo = null;
		String namePrefix = null;
		String idNumber = null;
		if (q != null && !q.isBlank()) {
			String value = q.strip();
			if (value.length() == 18 && CitizenIdNumber.problem(value).isEmpty()) {
				idNumber = CitizenIdNumber.of(value).value();
			}
			else if (value.matches("(?i)[A-Z]{2}-\\d{6}-\\d{4}-\\d{6}")) {
				applicationNo = value.toUpperCase(Locale.ROOT);
			}
			else if (value.matches(".*\\d.*")) {
				throw ApiException.badRequest("CASE_QUERY_INVALID", "q", "请输入完整的申请编号、身份证号码，或申请人姓名开头");
			}
			else {
				namePrefix = value;
			}
		}
		if (street != null && !street.isBlank() && !user.canSee(BusinessLine.AID, street)) {
			throw ApiException.badRequest("ORG_UNIT_OUT_OF_SCOPE", "street", "所选街道不在您的管辖范围内");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw ApiException.badRequest("DATE_RANGE_INVALID", "to", "结束日期不能早于开始日期");
		}
		List<String> statuses = null;
		if (outcome != null && !outcome.isBlank()) {
			try {
				statuses = Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT)).statuses;
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.badRequest("OUTCOME_INVALID", "outcome",
						"办理结果只能是 OPEN、APPROVED、REJECTED 或 NOT_ACCEPTED");
			}
		}
		AidCaseMapper.CaseFilter filter = new AidCaseMapper.CaseFilter(applicationNo, namePrefix,
				WorkItemService.upperBound(namePrefix), idNumber, blankToNull(street), startOf(from),
				to == null ? null : startOf(to.plusDays(1)), statuses, null);
		return page(filter, user, page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public CasePage startedBy(StaffUser user, int page, int size) {
		return page(new AidCaseMapper.CaseFilter(null, null, null, null, null, null, null, null, user.username()), user,
				page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public long countStartedBy(StaffUser user) {
		if (user.scope(BusinessLine.AID).isEmpty()) {
			return 0;
		}
		return cases.count(
				new AidCaseMapper.CaseFilter(null, null, null, null, null, null, null, null, user.username()),
				user.scope(BusinessLine.AID));
	}

	/**
	 * The deployed diagram of the case, what has been done, what is open, the path taken.
	 */
	@Transactional(readOnly = true)
	public Diagram diagram(String applicationNo, StaffUser user) {
		AidApplication a = applications.visible(applicationNo, user);
		if (a.processInstanceId() == null) {
			throw ApiException.notFound("DIAGRAM_NOT_AVAILABLE", "该申请尚未进入办理流程，没有流程图");
		}
		String xml = workflow.diagramXml(a.processInstanceId())
			.orElseThrow(() -> ApiException.notFound("DIAGRAM_NOT_AVAILABLE", "该申请尚未进入办理流程，没有流程图"));
		Set<String> completed = new LinkedHashSet<>();
		Set<String> active = new LinkedHashSet<>();
		for (Workflow.ActivityStep step : workflow.history(a.processInstanceId())) {
			String id = step.activityId();
			int body = id.indexOf('#');
			if (body >= 0) {
				continue;
			}
			if (step.ended() == null) {
				active.add(id);
			}
			else if (!step.canceled()) {
				completed.add(id);
			}
		}
		completed.removeAll(active);
		return new Diagram(a.applicationNo(), xml, List.copyOf(completed), List.copyOf(active),
				workflow.takenFlows(a.processInstanceId()));
	}

	/**
	 * The case's full history as CSV (UTF-8 with BOM so spreadsheet programs read the
	 * Chinese text): every audit line, then every task record. Exporting is itself
	 * audited.
	 */
	@Transactional
	public String historyCsv(String applicationNo, StaffUser user) {
		AidCaseView.CaseView view = views.of(applicationNo, user);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append("时间,操作人,角色,单位,操作,内容,理由\r\n");
		for (AidCaseView.HistoryEntry entry : view.history()) {
			row(csv, String.valueOf(entry.at()), entry.actor(), entry.role(), entry.orgUnitName(), entry.action(),
					entry.summary(), entry.reason());
		}
		csv.append("\r\n时间,任务,办理人,角色,单位,决定,填写内容\r\n");
		for (AidCaseView.TaskEntry task : view.tasks()) {
			row(csv, String.valueOf(task.completedAt()), task.taskName(), task.actor(), task.actorRole(),
					orgs.nameOf(task.orgUnitCode()), task.decision(), task.data());
		}
		RoleAssignment acting = user.primary(BusinessLine.AID, Role.AUDITOR, Role.SUPERVISOR, Role.APPROVER,
				Role.REVIEWER, Role.CLERK);
		audit.record(user, acting.role(), acting.orgUnitCode(), applicationNo, "CASE_EXPORTED", "导出案件办理记录", null);
		return csv.toString();
	}

	private CasePage page(AidCaseMapper.CaseFilter filter, StaffUser user, int page, int size) {
		if (user.scope(BusinessLine.AID).isEmpty()) {
			return new CasePage(List.of(), 0, page, size);
		}
		List<CaseSummary> items = new ArrayList<>();
		for (AidCaseMapper.CaseRow row : cases.search(filter, user.scope(BusinessLine.AID), page * size, size)) {
			boolean handling = AidCaseView.HANDLING_ROLES.stream()
				.anyMatch(role -> user.covers(BusinessLine.AID, role, row.competentStreetCode()));
			String name = row.applicantName() == null ? null
					: handling ? row.applicantName() : PersonalDataMasking.maskName(row.applicantName());
			String id = row.applicantIdNumber() == null ? null
					: handling ? row.applicantIdNumber() : PersonalDataMasking.maskText(row.applicantIdNumber());
			items.add(new CaseSummary(row.applicationNo(), row.benefitType(), name, id, row.districtCode(),
					orgs.nameOf(row.districtCode()), row.competentStreetCode(), orgs.nameOf(row.competentStreetCode()),
					row.status(), row.decision(), row.submittedBy(), row.submittedAt(), row.closedAt()));
		}
		return new CasePage(items, cases.count(filter, user.scope(BusinessLine.AID)), page, size);
	}

	private static void row(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append("null".equals(cells[i]) ? "" : Csv.cell(cells[i]));
		}
		csv.append("\r\n");
	}

	private static Instant startOf(LocalDate date) {
		return date == null ? null : date.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The case diagram and its highlights. */
	public record Diagram(String applicationNo, String bpmnXml, List<String> completedActivityIds,
			List<String> activeActivityIds, List<String> takenFlowIds) {
	}

}
