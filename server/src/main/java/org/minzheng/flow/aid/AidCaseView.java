package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.audit.AuditEventView;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.inbox.TaskWork;
import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.CitizenIdNumber;
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

	private final AidApplicationService applications;

	private final WorkItemService workItems;

	private final TaskWork tasks;

	private final AuditTrail audit;

	private final Workflow workflow;

	private final OrgDirectory orgs;

	AidCaseView(AidApplicationService applications, WorkItemService workItems, TaskWork tasks, AuditTrail audit,
			Workflow workflow, OrgDirectory orgs) {
		this.applications = applications;
		this.workItems = workItems;
		this.tasks = tasks;
		this.audit = audit;
		this.workflow = workflow;
		this.orgs = orgs;
	}

	@Transactional(readOnly = true)
	public CaseView of(String applicationNo, StaffUser user) {
		AidApplication a = applications.visible(applicationNo, user);
		boolean handling = HANDLING_ROLES.stream().anyMatch(role -> user.covers(role, a.competentStreetCode()));
		List<MemberView> members = applications.members(a)
			.stream()
			.map(m -> handling
					? new MemberView(m.name(), m.idNumber(), m.relation(), m.hukouStatus(), m.hukouVerified(),
							m.applicant())
					: new MemberView(PersonalDataMasking.maskName(m.name()), PersonalDataMasking.maskText(m.idNumber()),
							m.relation(), m.hukouStatus(), m.hukouVerified(), m.applicant()))
			.toList();
		List<HistoryEntry> history = audit.forCase(applicationNo)
			.stream()
			.map(e -> new HistoryEntry(e.occurredAt().toInstant(), e.actor(), e.actorRole(), e.orgUnitCode(),
					orgs.nameOf(e.orgUnitCode()), e.action(), e.summary(), e.reason()))
			.toList();
		return new CaseView(a.applicationNo(), a.benefitType(), a.status().name(), a.districtCode(),
				orgs.nameOf(a.districtCode()), a.competentStreetCode(), orgs.nameOf(a.competentStreetCode()),
				a.intakeStreetCode(), a.conflictOfInterest(), a.submittedAt(), a.acceptedAt(), a.deadlineDate(),
				a.deadlineExtended(), a.economicCheckOutcome(), a.selfCareLevel(), a.noticeStart(), a.noticeEnd(),
				a.decision(), a.decidedAt(), a.decidedBy(), a.decidedOrgUnit(), a.entrustmentId(),
				a.decisionStatement(), a.processInstanceId(), members, applications.beneficiary(a).orElse(null),
				a.processInstanceId() == null ? List.of() : workItems.forProcessInstance(a.processInstanceId()),
				a.processInstanceId() == null ? List.of() : workflow.history(a.processInstanceId()),
				tasks.recordsOf(applicationNo)
					.stream()
					.map(r -> new TaskEntry(r.completedAt(), r.taskKey(), r.taskName(), r.actor(), r.actorRole(),
							r.orgUnitCode(), r.decision(), r.data()))
					.toList(),
				history);
	}

	/** The case page. */
	public record CaseView(String applicationNo, String benefitType, String status, String districtCode,
			String districtName, String competentStreetCode, String competentStreetName, String intakeStreetCode,
			boolean conflictOfInterest, Instant submittedAt, Instant acceptedAt, LocalDate deadline,
			boolean deadlineExtended, String economicCheckOutcome, String selfCareLevel, LocalDate noticeStart,
			LocalDate noticeEnd, String decision, Instant decidedAt, String decidedBy, String decidedOrgUnit,
			Long entrustmentId, String decisionStatement, String processInstanceId, List<MemberView> members,
			Beneficiary beneficiary, List<WorkItem> openWork, List<Workflow.ActivityStep> path, List<TaskEntry> tasks,
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
