package org.minzheng.flow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 待办 count stops at {@link WorkItemService#COUNT_CAP} and says so, while the page and
 * every count below the cap stay exact. Rows are written in a transaction that is rolled
 * back, so nothing stays behind.
 */
@ApplicationTest
class InboxCountCapIT {

	static final String UNIT = "CAP-TEST-UNIT";

	static final String GROUP = "aid-clerk@" + UNIT;

	static final String USER = "cap-test-clerk";

	@Autowired
	WorkItemMapper items;

	@Autowired
	WorkItemService workItems;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void eachPartOfTheCountStopsAtItsLimitAndBelowItTheCountIsExact() {
		transactions.executeWithoutResult(status -> {
			open(7, null);
			open(2, USER);
			open(3, "someone-else");
			InboxQuery all = new InboxQuery(USER, null, null, null, null, null, null, 0, 20);
			Instant now = Instant.now();
			Instant soon = now.plus(1, ChronoUnit.DAYS);
			// offered to my group and unclaimed (7) + assigned to me (2); not the 3
			// claimed by someone else
			assertThat(items.countInbox(all, Set.of(GROUP), Set.of(UNIT), Set.of("aid"), now, soon, null, 100))
				.isEqualTo(9);
			assertThat(items.countInbox(all, Set.of(GROUP), Set.of(UNIT), Set.of("aid"), now, soon, null, 3))
				.isEqualTo(3 + 2);
			WorkItemService.InboxPage page = workItems.inbox(all, Set.of(GROUP), Set.of(UNIT), Set.of("aid"));
			assertThat(page.total()).isEqualTo(9);
			assertThat(page.totalCapped()).isFalse();
			assertThat(page.items()).hasSize(9);
			status.setRollbackOnly();
		});
	}

	@Test
	void aBacklogAboveTheCapReadsAsTheCapPlusAndStillPages() {
		transactions.executeWithoutResult(status -> {
			open(WorkItemService.COUNT_CAP + 2, null);
			InboxQuery first = new InboxQuery(USER, null, null, null, null, null, null, 0, 20);
			WorkItemService.InboxPage page = workItems.inbox(first, Set.of(GROUP), Set.of(UNIT), Set.of("aid"));
			assertThat(page.total()).isEqualTo(WorkItemService.COUNT_CAP);
			assertThat(page.totalCapped()).isTrue();
			assertThat(page.items()).hasSize(20);
			assertThat(workItems.countInbox(first, Set.of(GROUP), Set.of(UNIT), Set.of("aid")))
				.isEqualTo(WorkItemService.COUNT_CAP + 1);
			InboxQuery beyond = new InboxQuery(USER, null, null, null, null, null, null, WorkItemService.COUNT_CAP, 20);
			assertThat(workItems.inbox(beyond, Set.of(GROUP), Set.of(UNIT), Set.of("aid")).items()).hasSize(2);
			status.setRollbackOnly();
		});
	}

	private int sequence;

	private void open(int count, String assignee) {
		Instant created = Instant.parse("2026-11-02T02:00:00Z");
		for (int i = 0; i < count; i++) {
			String taskId = "cap-test-" + (sequence++);
			items.insert(new WorkItem(taskId, "CAP-" + taskId, "AidApplicationProcess", "pi-" + taskId,
					"Task_AcceptanceCheck", "受理审查", UNIT, UNIT, GROUP, assignee, null, null, null,
					created.plusSeconds(i), created.plus(10, ChronoUnit.DAYS).plusSeconds(i), null, null, null, "aid"),
					null);
			items.insertGroup(taskId, GROUP);
		}
	}

}
