package org.minzheng.flow.inbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox tabs besides 待办: 已办 (what I completed), 我发起 (cases I registered), 抄送
 * (copies), and the counts on each tab.
 */
@Service
public class InboxLists {

	private final WorkItemService workItems;

	private final TaskRecordMapper records;

	private final OperationsMapper operations;

	private final CaseSummaries summaries;

	private final List<StartedCases> started;

	private final OrgDirectory orgs;

	InboxLists(WorkItemService workItems, TaskRecordMapper records, OperationsMapper operations,
			CaseSummaries summaries, List<StartedCases> started, OrgDirectory orgs) {
		this.workItems = workItems;
		this.records = records;
		this.operations = operations;
		this.summaries = summaries;
		this.started = started;
		this.orgs = orgs;
	}

	/** The number on each tab. */
	@Transactional(readOnly = true)
	public Counts counts(StaffUser user, java.util.Set<String> groups) {
		long todo = workItems.countInbox(new InboxQuery(user.username(), null, null, null, null, null, null, 0, 1),
				groups, InboxController.scope(user), InboxController.lines(user));
		long startedCount = started.stream().mapToLong(s -> s.countStartedBy(user)).sum();
		return new Counts(Math.min(todo, WorkItemService.COUNT_CAP), todo > WorkItemService.COUNT_CAP,
				records.countDoneBy(user.username()), operations.countUnreadCopies(user.username()), startedCount);
	}

	/** 已办: tasks the user completed, newest first, inside their scope. */
	@Transactional(readOnly = true)
	public DonePage done(StaffUser user, int page, int size) {
		Map<String, Optional<CaseSummaries.CaseSummary>> cases = new HashMap<>();
		List<DoneRow> rows = records.doneBy(user.username(), page * size, size)
			.stream()
			.filter(r -> user.lines().stream().anyMatch(line -> user.canSee(line, r.orgUnitCode())))
			.map(r -> {
				Optional<CaseSummaries.CaseSummary> summary = cases.computeIfAbsent(r.caseRef(), this::summary);
				String name = summary.map(CaseSummaries.CaseSummary::applicantName)
					.map(PersonalDataMasking::maskName)
					.orElse(null);
				return new DoneRow(r.taskId(), r.caseRef(), r.taskKey(), r.taskName(), name, r.orgUnitCode(),
						orgs.nameOf(r.orgUnitCode()), r.actorRole(), r.decision(), r.completedAt());
			})
			.toList();
		return new DonePage(rows, records.countDoneBy(user.username()), page, size);
	}

	private Optional<CaseSummaries.CaseSummary> summary(String caseRef) {
		return summaries.summary(caseRef);
	}

	/** Counts of the inbox tabs. */
	/**
	 * {@code todoCapped}: the 待办 holds more than {@code todo}
	 * ({@link WorkItemService#COUNT_CAP}).
	 */
	public record Counts(long todo, boolean todoCapped, long done, long copiesUnread, long started) {
	}

	/** A completed task in 已办. */
	public record DoneRow(String taskId, String applicationNo, String taskKey, String taskName, String applicantName,
			String orgUnitCode, String orgUnitName, String role, String outcome, Instant completedAt) {
	}

	/** A page of 已办. */
	public record DonePage(List<DoneRow> items, long total, int page, int size) {
	}

}
