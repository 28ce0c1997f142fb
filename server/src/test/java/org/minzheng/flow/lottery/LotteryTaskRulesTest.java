package org.minzheng.flow.lottery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.inbox.TaskRules.TaskCompletion;
import org.minzheng.flow.processes.lottery.LotteryOutletReviewProcess;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow.OpenTask;

/**
 * The outlet's answer to a proposed suspension or withdrawal: "no answer" only once the
 * answer period (the statement step's due date) has passed; a received answer with its
 * summary.
 */
class LotteryTaskRulesTest {

	static final Instant DUE = Instant.parse("2026-03-09T15:59:59Z");

	final LotteryMapper lottery = mock(LotteryMapper.class);

	final QueueMapper queue = mock(QueueMapper.class);

	LotteryTaskRules rulesAt(Instant now) {
		return new LotteryTaskRules(this.lottery, this.queue, Clock.fixed(now, ZoneOffset.UTC));
	}

	static TaskCompletion statement(String kind, String statement) {
		OpenTask task = new OpenTask("t1", LotteryOutletReviewProcess.TASK_OUTLET_STATEMENT, "告知并听取陈述申辩",
				LotteryOutletReviewProcess.PROCESS_KEY, "pi", "LTR-2026-000001", "city-lottery-clerk",
				List.of("lottery-clerk@440300"), DUE.minusSeconds(86400 * 7), DUE, "lottery-outlet-statement", false,
				null, "def");
		Map<String, String> data = new HashMap<>();
		data.put(LotteryOutletReviewProcess.VAR_STATEMENT_KIND, kind);
		if (statement != null) {
			data.put("statement", statement);
		}
		return new TaskCompletion(task, null, null, data,
				new HashMap<>(Map.of(LotteryOutletReviewProcess.VAR_STATEMENT_KIND, kind)));
	}

	@Test
	void noAnswerCannotBeRecordedBeforeTheAnswerPeriodEnds() {
		assertThatThrownBy(() -> rulesAt(DUE.minusSeconds(1)).beforeComplete(statement("NONE", null)))
			.isInstanceOfSatisfying(ApiException.class,
					ex -> assertThat(ex.code()).isEqualTo("STATEMENT_PERIOD_RUNNING"));
	}

	@Test
	void noAnswerIsRecordedOnceTheAnswerPeriodHasEnded() {
		rulesAt(DUE.plusSeconds(1)).beforeComplete(statement("NONE", null));

		verifyNoInteractions(this.lottery, this.queue);
	}

	@Test
	void anAnswerOrAWaiverIsRecordedAtAnyTimeAnAnswerWithItsSummary() {
		rulesAt(DUE.minusSeconds(86400)).beforeComplete(statement("RECEIVED", "已整改并辞退店员"));
		rulesAt(DUE.minusSeconds(86400)).beforeComplete(statement("WAIVED", null));

		assertThatThrownBy(() -> rulesAt(DUE.minusSeconds(86400)).beforeComplete(statement("RECEIVED", "  ")))
			.isInstanceOfSatisfying(ApiException.class,
					ex -> assertThat(ex.code()).isEqualTo("STATEMENT_TEXT_REQUIRED"));
	}

}
