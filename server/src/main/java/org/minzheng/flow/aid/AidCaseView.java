package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as staff read it: the application (personal data masked), its members, the
 * beneficiary record, open work, the path through the process and the full history — who,
 * in which role at which unit, when, what, why.
 */
@Component
public class AidCaseView {

	/**
	 * Staff who work the case need the applicant's real name and ID number (to visit, to
	 * verify, to sign the decision); everyone else who may read the case (supervisors,
	 * auditors) sees them masked.
	 */
	static final List<Role> HANDLING_ROLES = List.of(Role.CLERK, Role.REVIEWER, Role.APPROVER);

	/** The time zone the audit trail stores its times in (see {@code AuditHash}). */
	private static final ZoneId AUDIT_ZONE = ZoneId.of("Asia/Shanghai");

	private final AidMapper aid;

	private final OrgDirectory orgs;

	AidCaseView(AidMapper aid, OrgDirectory orgs) {
		this.aid = aid;
		this.orgs = orgs;
	}

	/**
	 * The case page in two queries: the application with its members and beneficiary (one
	 * join, checked for visibility before anything else is read), then its whole timeline
	 * — open work items, the engine's activity history ({@code ACT_HI_ACTINST}, read as
	 * {@code Workflow.history} reads it), task records and audit events — as one
	 * {@code UNION ALL} (AidMapper.xml). Org-unit names come from the in-memory
	 * directory.
	 */
	@Transactional(readOnly = true)
	public CaseView of(String applicationNo, StaffUser user) {
		List<AidMapper.CaseRow> rows = aid.caseRows(applicationNo);
		AidApplication a = rows.isEmpty() ? null : rows.get(0).application();
		if (a == null || !(user.canSee(BusinessLine.AID, a.competentStreetCode())
				|| user.canSee(BusinessLine.AID, a.intakeStreetCode()))) {
			throw ApiException.notFound("APPLICATION_NOT_FOUND", "申请不存在或无权查看");
		}
		boolean handling = HANDLING_ROLES.stream()
			.anyMatch(role -> user.covers(BusinessLine.AID, role, a.competentStreetCode()));
		List<MemberView> members = rows.stream()
			.map(AidMapper.CaseRow::member)
			.filter(Objects::nonNull)
			.map(m -> handling
					? new MemberView(m.name(), PersonalDataMasking.maskText(m.idNumber().value()), m.relation(),
							m.hukouStatus(), m.hukouVerified(), m.applicant())
					: new MemberView(PersonalDataMasking.maskName(m.name()),
							PersonalDataMasking.maskText(m.idNumber().value()), m.relation(), m.hukouStatus(),
							m.hukouVerified(), m.applicant()))
			.toList();
		Beneficiary beneficiary = rows.get(0).beneficiary();
		List<WorkItem> openWork = new ArrayList<>();
		List<Workflow.ActivityStep> path = new ArrayList<>();
		List<TaskEntry> taskEntries = new ArrayList<>();
		List<HistoryEntry> history = new ArrayList<>();
		for (AidMapper.TimelineRow r : aid.timeline(applicationNo, a.processInstanceId())) {
			switch (r.kind) {
				case "W" -> openWork.add(new WorkItem(r.s1, r.s2, r.s3, r.s4, r.s5, r.s6, r.s7, r.s8, r.s9, r.s10,
						r.s11, r.s12, r.s13, r.t1, r.t2, r.t3, r.t4, r.t5, BusinessLine.AID.code()));
				case "A" -> path.add(new Workflow.ActivityStep(r.s1, r.s2, r.s3, r.t1, r.t2, r.s4, r.s5,
						r.state != null && r.state == ACTIVITY_CANCELED));
				case "T" -> taskEntries.add(new TaskEntry(r.t1, r.s3, r.s4, r.s5, r.s6, r.s7, r.s8, r.s9));
				case "E" -> history.add(new HistoryEntry(r.auditAt.atZone(AUDIT_ZONE).toInstant(), r.s1, r.s2, r.s3,
						orgs.nameOf(r.s3), r.s5, r.s6, r.s7));
				default -> throw new IllegalStateException("unknown timeline row " + r.kind);
			}
		}
		return new CaseView(a.applicationNo(), a.benefitType(), a.status().name(), a.districtCode(),
				orgs.nameOf(a.districtCode()), a.competentStreetCode(), orgs.nameOf(a.competentStreetCode()),
				a.intakeStreetCode(), a.conflictOfInterest(), a.submittedAt(), a.acceptedAt(), a.deadlineDate(),
				a.deadlineExtended(), a.economicCheckOutcome(), a.selfCareLevel(), a.noticeStart(), a.noticeEnd(),
				a.decision(), a.decidedAt(), a.decidedBy(), a.decidedOrgUnit(), a.entrustmentId(),
				a.decisionStatement(), a.processInstanceId(), rows.get(0).declaration(), members, beneficiary, openWork,
				path, taskEntries, history);
	}

	/**
	 * Camunda's {@code ActivityInstanceState.CANCELED} in
	 * {@code ACT_HI_ACTINST.ACT_INST_STATE_}.
	 */
	static final int ACTIVITY_CANCELED = 2;

	/** The case page. */
	public record CaseView(String applicationNo, String benefitType, String status, String districtCode,
			String districtName, String competentStreetCode, String competentStreetName, String intakeStreetCode,
			boolean conflictOfInterest, Instant submittedAt, Instant acceptedAt, LocalDate deadline,
			boolean deadlineExtended, String economicCheckOutcome, String selfCareLevel, LocalDate noticeStart,
			LocalDate noticeEnd, String decision, Instant decidedAt, String decidedBy, String decidedOrgUnit,
			Long entrustmentId, String decisionStatement, String processInstanceId,
			SubmitApplication.Declaration declaration, List<MemberView> members, Beneficiary beneficiary,
			List<WorkItem> openWork, List<Workflow.ActivityStep> path, List<TaskEntry> tasks,
			List<HistoryEntry> history) {
	}

	/** A member: masked unless the reader handles the case. */
	public record MemberView(String name, String idNumber, String relation, String hukouStatus, String hukouVerified,
			boolean applicant) {
	}

	/** A completed task and what was entered. */
	public record TaskEntry(Instant completedAt, String taskKey, String taskName, String actor, String actorRole,
			String orgUnitCode, String decision, String data) {
	}

	/** One line of the history: who, role, unit, when, what, why. */
	public record HistoryEntry(Instant at, String actor, String role, String orgUnitCode, String orgUnitName,
			String action, String summary, String reason) {
	}

}
