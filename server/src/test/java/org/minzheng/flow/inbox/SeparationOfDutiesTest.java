package org.minzheng.flow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.minzheng.flow.workflow.Workflow.OpenTask;
import org.springframework.http.HttpStatus;

/**
 * Which steps a process's declaration ties together, and what a refusal says; the queries
 * themselves run in {@code SeparationOfDutiesIT}.
 */
class SeparationOfDutiesTest {

	private static final String VERSION = "AidApplicationProcess:3:42";

	private final Workflow workflow = mock(Workflow.class);

	private final SeparationOfDutiesMapper steps = mock(SeparationOfDutiesMapper.class);

	private final SeparationOfDuties separation = new SeparationOfDuties(workflow, steps);

	private final WorkItem item = new WorkItem("t-1", "DB-440308-2026-000001", "AidApplicationProcess", "pi-1",
			"Task_Approval", "审批", "440308001", "440308", "aid-approver@440308001", null, null, null, null,
			Instant.now(), null, null, null, null, "aid");

	@BeforeEach
	void declaredGroups() {
		when(workflow.processProperties(VERSION)).thenReturn(Map.of("totalLimitWorkingDays", "30", "separateDuties",
				"Task_AcceptanceCheck,Task_StreetReview,Task_Approval", "separateDuties.2",
				"Task_Approval,Task_Audit"));
	}

	@Test
	void asksForTheOtherStepsOfEveryGroupTheTaskIsIn() {
		// when
		assertThat(separation.refusal(item, task("Task_Approval"), "dual")).isEmpty();

		// then
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Collection<String>> keys = ArgumentCaptor.forClass(Collection.class);
		verify(steps).stepsOf(eq(item.caseRef()), eq("dual"), keys.capture(), eq("t-1"));
		assertThat(keys.getValue()).containsExactlyInAnyOrder("Task_AcceptanceCheck", "Task_StreetReview",
				"Task_Audit");
	}

	@Test
	void asksNothingForAStepOutsideEveryGroup() {
		assertThat(separation.refusal(item, task("Task_HomeInvestigation"), "clerk")).isEmpty();
		verifyNoInteractions(steps);
	}

	@Test
	void refusesNamingTheStepTheUserDidOrHolds() {
		// given
		when(steps.stepsOf(anyString(), eq("dual"), any(), anyString()))
			.thenReturn(List.of(new SeparationOfDutiesMapper.EarlierStep(true, "Task_StreetReview", "街道审核")));
		when(steps.stepsOf(anyString(), eq("holder"), any(), anyString()))
			.thenReturn(List.of(new SeparationOfDutiesMapper.EarlierStep(false, "Task_AcceptanceCheck", "受理审查")));

		// when
		ApiException self = catchThrowableOfType(ApiException.class,
				() -> separation.requireFor(item, task("Task_Approval"), "dual"));
		ApiException target = catchThrowableOfType(ApiException.class,
				() -> separation.requireForTarget(item, task("Task_Approval"), "holder"));

		// then
		assertThat(self.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(self.code()).isEqualTo("SEPARATION_OF_DUTIES");
		assertThat(self.getMessage()).isEqualTo("您已办理本案的「街道审核」环节，按职责分离规定不能办理「审批」");
		assertThat(self.properties()).containsEntry("earlierTaskKey", "Task_StreetReview");
		assertThat(target.getMessage()).isEqualTo("holder 已签收本案的「受理审查」环节，按职责分离规定不能办理「审批」");
		assertThat(separation.refusal(item, task("Task_Approval"), "dual")).contains(self.getMessage());
	}

	@Test
	void aProcessWithoutDeclarationSeparatesNothing() {
		when(workflow.processProperties("Other:1:1")).thenReturn(Map.of());
		OpenTask task = new OpenTask("t-1", "Task_Approval", "审批", "Other", "pi-1", item.caseRef(), null, List.of(),
				Instant.now(), null, "form", false, null, "Other:1:1");
		assertThat(separation.refusal(item, task, "dual")).isEmpty();
		verifyNoInteractions(steps);
	}

	private OpenTask task(String key) {
		return new OpenTask("t-1", key, "审批", "AidApplicationProcess", "pi-1", item.caseRef(), null,
				List.of("aid-approver@440308001"), Instant.now(), null, "aid-approval", false, null, VERSION);
	}

}
