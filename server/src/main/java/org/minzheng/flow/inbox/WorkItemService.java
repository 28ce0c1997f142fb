package org.minzheng.flow.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.shared.SealedText;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.minzheng.flow.shared.CaseChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the {@code work_item} read model in step with the engine's open user tasks.
 * Called by the engine's task listener inside the engine's transaction, so a task and its
 * work item commit or roll back together.
 */
@Service
public class WorkItemService {

	private static final Logger log = LoggerFactory.getLogger(WorkItemService.class);

	/** A task due within this window counts as due soon (超期预警). */
	static final Duration DUE_SOON = Duration.ofDays(1);

	/**
	 * A 待办 count stops here and reads "500+": counting a street's whole backlog on every
	 * page costs more than the page itself, and beyond a few hundred items a clerk
	 * narrows the list with the filters rather than paging on.
	 */
	public static final int COUNT_CAP = 500;

	private final WorkItemMapper items;

	private final WorkItemClaims claims;

	private final CaseSummaries summaries;

	private final OrgDirectory orgs;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	WorkItemService(WorkItemMapper items, WorkItemClaims claims, CaseSummaries summaries, OrgDirectory orgs,
			Clock clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.items = items;
		this.claims = claims;
		this.summaries = summaries;
		this.orgs = orgs;
		this.clock = clock;
	}

	/** Mirrors a task that has just opened. */
	@Transactional
	public void opened(OpenTaskEvent task) {
		Optional<CaseSummaries.CaseSummary> summary = summaries.summary(task.businessKey());
		String orgUnit = actingUnit(task.candidateGroups())
			.orElseGet(() -> summary.map(CaseSummaries.CaseSummary::orgUnitCode).orElse(""));
		String district = orgs.districtOf(orgUnit)
			.map(OrgUnit::code)
			.orElseGet(() -> summary.map(CaseSummaries.CaseSummary::districtCode).orElse(orgUnit));
		String name = summary.map(CaseSummaries.CaseSummary::applicantName).orElse(null);
		String idNumber = summary.map(CaseSummaries.CaseSummary::applicantIdNumber).orElse(null);
		items.insert(new WorkItem(task.taskId(), task.businessKey(), task.processKey(), task.processInstanceId(),
				task.taskKey(), task.taskName(), orgUnit, district, String.join(",", task.candidateGroups()),
				task.assignee(), name, PersonalDataMasking.maskName(name), SealedText.mask(idNumber), task.created(),
				task.due(), null, null, null,
				BusinessLine.ofProcessKey(task.processKey()).map(BusinessLine::code).orElse(null)), idNumber);
		task.candidateGroups().forEach(group -> items.insertGroup(task.taskId(), group));
		publisher.publishEvent(new CaseChanged(task.businessKey()));
		log.debug("[{}] work item {} opened for {}", task.businessKey(), task.taskKey(), orgUnit);
	}

	/**
	 * 签收 on the read model: a compare-and-set, so that of concurrent claims exactly one
	 * wins. The engine's assignment event that follows in the same transaction then finds
	 * the assignee written and costs no second update.
	 */
	@Transactional
	public boolean claim(String taskId, String username) {
		if (!claims.claim(taskId, username)) {
			return false;
		}
		ClaimedInTransaction claimed = ClaimedInTransaction.current(true);
		if (claimed != null) {
			claimed.assignees.put(taskId, username);
		}
		return true;
	}

	@Transactional
	public void assigned(String taskId, String assignee) {
		ClaimedInTransaction claimed = ClaimedInTransaction.current(false);
		if (claimed != null && assignee != null && assignee.equals(claimed.assignees.remove(taskId))) {
			return;
		}
		items.updateAssignee(taskId, assignee);
	}

	@Transactional
	public void dueChanged(String taskId, Instant due) {
		items.updateDue(taskId, due);
	}

	/** The task was completed or deleted: it leaves every inbox. */
	@Transactional
	public void closed(String taskId) {
		items.deleteGroups(taskId);
		items.delete(taskId);
	}

	public Optional<WorkItem> find(String taskId) {
		return Optional.ofNullable(items.find(taskId));
	}

	/** The process instance of a case that has open work, if any. */
	public Optional<String> processInstanceOf(String caseRef) {
		return Optional.ofNullable(items.processInstanceOf(caseRef));
	}

	public List<WorkItem> forProcessInstance(String processInstanceId) {
		return items.findByProcessInstance(processInstanceId);
	}

	/**
	 * Marks the open work items of a task as escalated.
	 * @return the items that had not been escalated before
	 */
	@Transactional
	public List<WorkItem> escalate(String processInstanceId, String taskKey) {
		List<WorkItem> open = items.findByProcessInstance(processInstanceId)
			.stream()
			.filter(item -> item.taskKey().equals(taskKey) && item.escalatedAt() == null)
			.toList();
		items.markEscalated(processInstanceId, taskKey, clock.instant());
		return open;
	}

	/**
	 * The open tasks of one step of a process in a district (e.g. its open approvals).
	 */
	public List<WorkItem> openIn(String districtCode, String processKey, String taskKey) {
		return items.openIn(districtCode, processKey, taskKey);
	}

	/** A user's 待办 page. */
	public InboxPage inbox(InboxQuery query, Set<String> groups, Set<String> scope, Set<String> lines) {
		if (groups.isEmpty() || scope.isEmpty() || lines.isEmpty()) {
			return new InboxPage(List.of(), 0, false);
		}
		Instant now = clock.instant();
		Instant soon = now.plus(DUE_SOON);
		String upper = upperBound(query.applicantNamePrefix());
		long total = items.countInbox(query, groups, scope, lines, now, soon, upper, COUNT_CAP + 1);
		return new InboxPage(items.inbox(query, groups, scope, lines, now, soon, upper), Math.min(total, COUNT_CAP),
				total > COUNT_CAP);
	}

	/**
	 * How many tasks a user's 待办 holds (the count of {@link #inbox} without the page), up
	 * to {@link #COUNT_CAP}; more reads as {@code COUNT_CAP + 1}.
	 */
	public long countInbox(InboxQuery query, Set<String> groups, Set<String> scope, Set<String> lines) {
		if (groups.isEmpty() || scope.isEmpty() || lines.isEmpty()) {
			return 0;
		}
		Instant now = clock.instant();
		long total = items.countInbox(query, groups, scope, lines, now, now.plus(DUE_SOON),
				upperBound(query.applicantNamePrefix()), COUNT_CAP + 1);
		return Math.min(total, COUNT_CAP + 1);
	}

	/** Overdue work inside a supervisor's scope, most overdue first. */
	public List<WorkItem> overdue(List<LineScope> scopes, int offset, int limit) {
		return scopes.isEmpty() ? List.of() : items.overdue(scopes, clock.instant(), offset, limit);
	}

	/** Open work per org unit and SLA state inside a scope. */
	public List<SlaCount> slaCounts(List<LineScope> scopes) {
		Instant now = clock.instant();
		return scopes.isEmpty() ? List.of() : items.slaCounts(scopes, now, now.plus(DUE_SOON));
	}

	/** The SLA state of an item now. */
	public SlaState slaState(WorkItem item) {
		Instant now = clock.instant();
		if (item.dueAt() == null || !item.dueAt().isBefore(now.plus(DUE_SOON))) {
			return SlaState.ON_TIME;
		}
		return item.dueAt().isBefore(now) ? SlaState.OVERDUE : SlaState.DUE_SOON;
	}

	/**
	 * The least string above every string that starts with the prefix (its last code
	 * point incremented).
	 */
	public static String upperBound(String prefix) {
		if (prefix == null || prefix.isEmpty()) {
			return null;
		}
		int last = prefix.codePointBefore(prefix.length());
		return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
	}

	private static Optional<String> actingUnit(List<String> groups) {
		return groups.stream().filter(g -> g.contains("@")).map(g -> g.substring(g.indexOf('@') + 1)).findFirst();
	}

	/** The work items this transaction has claimed, and for whom. */
	private static final class ClaimedInTransaction implements TransactionSynchronization {

		final Map<String, String> assignees = new HashMap<>();

		static ClaimedInTransaction current(boolean create) {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				return null;
			}
			ClaimedInTransaction claimed = (ClaimedInTransaction) TransactionSynchronizationManager
				.getResource(ClaimedInTransaction.class);
			if (claimed == null && create) {
				claimed = new ClaimedInTransaction();
				TransactionSynchronizationManager.bindResource(ClaimedInTransaction.class, claimed);
				TransactionSynchronizationManager.registerSynchronization(claimed);
			}
			return claimed;
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ClaimedInTransaction.class);
		}

	}

	/**
	 * One page of a 待办 list and the total count; {@code totalCapped}: there are more than
	 * {@code total} ({@link #COUNT_CAP}).
	 */
	public record InboxPage(List<WorkItem> items, long total, boolean totalCapped) {
	}

}
