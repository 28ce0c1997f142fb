package org.minzheng.flow.aid;

import java.time.Clock;
import java.time.LocalDate;

import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.inbox.TaskRules;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The rules of the 低保/特困 steps beyond what their forms check: a reason for every refusal
 * or return, material listed once only (一次性告知), the total limit starting at acceptance,
 * 入户调查 done only with its record stored, and the decision recorded in whose name it was
 * taken (district, or street under entrustment) and, for a declared conflict of interest,
 * why the district took it.
 */
@Component
class AidTaskRules implements TaskRules {

	private final AidMapper aid;

	private final Workflow workflow;

	private final WorkingDayCalendar calendar;

	private final OrgDirectory orgs;

	private final EntrustmentService entrustments;

	private final AidEconomicFindings economic;

	private final AidInvestigationMapper investigations;

	private final Clock clock;

	private final AidNameChecks nameChecks;

	AidTaskRules(AidMapper aid, Workflow workflow, WorkingDayCalendar calendar, OrgDirectory orgs,
			EntrustmentService entrustments, AidEconomicFindings economic, AidInvestigationMapper investigations,
			Clock clock, AidNameChecks nameChecks) {
		this.nameChecks = nameChecks;
		this.economic = economic;
		this.investigations = investigations;
		this.aid = aid;
		this.workflow = workflow;
		this.calendar = calendar;
		this.orgs = orgs;
		this.entrustments = entrustments;
		this.clock = clock;
	}

	@Override
	public boolean handles(String processKey) {
		return AidApplicationProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public void beforeComplete(TaskCompletion completion) {
		AidApplication application = aid.findByNo(completion.task().businessKey());
		switch (completion.task().taskKey()) {
			case AidApplicationProcess.TASK_ACCEPTANCE_CHECK -> acceptance(application, completion);
			case AidApplicationProcess.TASK_HOME_INVESTIGATION -> investigation(application);
			case AidApplicationProcess.TASK_STREET_REVIEW -> requireOpinionUnless(completion, "PASS");
			case AidApplicationProcess.TASK_SELF_CARE_ASSESSMENT -> aid.setSelfCareLevel(application.id(),
					completion.data().get(AidApplicationProcess.VAR_SELF_CARE_LEVEL));
			case AidApplicationProcess.TASK_APPROVAL -> approval(application, completion);
			case AidApplicationProcess.TASK_ECONOMIC_FINDINGS_REVIEW -> economicFindings(application, completion);
			default -> {
			}
		}
	}

	@Override
	public void reopened(String caseRef, String taskKey) {
		if (AidApplicationProcess.TASK_ACCEPTANCE_CHECK.equals(taskKey)) {
			aid.reopenAcceptance(caseRef);
		}
	}

	private void acceptance(AidApplication application, TaskCompletion completion) {
		String decision = completion.data().get(AidApplicationProcess.VAR_ACCEPTANCE_DECISION);
		switch (AidApplicationProcess.AcceptanceDecision.valueOf(decision)) {
			case ACCEPT -> {
				int unconfirmed = nameChecks.unresolved(application.id());
				if (unconfirmed > 0) {
					throw ApiException.conflict("NAME_NOT_CONFIRMED", "{0} 名家庭成员的姓名未经人口库确认：请先更正姓名或凭证件核实后再受理",
							unconfirmed);
				}
				int limit = Integer.parseInt(workflow
					.processProperty(completion.task(), ProcessConventions.PROPERTY_TOTAL_LIMIT_WORKING_DAYS)
					.orElseThrow(() -> new IllegalStateException("process has no total limit")));
				LocalDate deadline = calendar.addWorkingDays(LocalDate.now(clock), limit);
				if (aid.accept(application.id(), clock.instant(), deadline) == 0) {
					throw ApiException.conflict("APPLICATION_STATE", "申请状态已变化，请刷新");
				}
			}
			case SUPPLEMENT -> {
				if (application.supplementRequested()) {
					throw ApiException.badRequest("SUPPLEMENT_ONCE", AidApplicationProcess.VAR_ACCEPTANCE_DECISION,
							"已一次性告知过补正材料，不得再次要求补正：请受理或不予受理");
				}
				if (blank(completion.data().get(AidApplicationProcess.FIELD_MISSING_MATERIALS))) {
					throw ApiException.badRequest("FIELD_REQUIRED", AidApplicationProcess.FIELD_MISSING_MATERIALS,
							"请一次性列明需补正的全部材料");
				}
			}
			case REJECT -> requireOpinionUnless(completion, "");
		}
	}

	/**
	 * 入户调查 is done only with its record stored (two investigators, the visit, the
	 * household's situation, the neighbours visited): the form's 「调查记录」 section.
	 */
	private void investigation(AidApplication application) {
		if (investigations.find(application.id()) == null) {
			throw ApiException.conflict("INVESTIGATION_RECORD_REQUIRED", "请先填写并保存入户调查记录，再完成入户调查");
		}
	}

	private void approval(AidApplication application, TaskCompletion completion) {
		String decision = completion.data().get(AidApplicationProcess.VAR_APPROVAL_DECISION);
		requireOpinionUnless(completion, "APPROVE");
		if ("RETURN".equals(decision)) {
			return;
		}
		// a case reaches approval without its public notice only as the reviewer's 拟不予
		// on the economic check's findings: it may be refused or returned for
		// investigation, never approved as it stands
		if ("APPROVE".equals(decision) && application.noticeStart() == null) {
			throw ApiException.conflict("NOTICE_REQUIRED", "该申请未经入户调查和公示（核对超标拟不予），不能直接批准：可不予批准，或退回重新调查");
		}
		String unit = completion.actingAs().orgUnitCode();
		Long entrustmentId = workflow
			.variable(completion.task().processInstanceId(), AidApplicationProcess.VAR_ENTRUSTMENT_ID)
			.map(v -> ((Number) v).longValue())
			.orElse(null);
		String mode = workflow.variable(completion.task().processInstanceId(), AidApplicationProcess.VAR_APPROVAL_MODE)
			.map(Object::toString)
			.orElse(AidApplicationProcess.ApprovalMode.SINGLE.name());
		String how = switch (AidApplicationProcess.ApprovalMode.valueOf(mode)) {
			case ALL -> "会签审批";
			case ANY -> "或签审批";
			case SINGLE -> "审批";
		};
		String statement = entrustmentId == null
				? "由" + bureau(unit) + how + (application.conflictOfInterest() ? "（近亲属备案案件，不适用委托审批）" : "")
				: "由" + bureau(unit) + "受" + bureau(application.districtCode()) + "委托" + how + "（委托文号："
						+ entrustments.find(entrustmentId).map(Entrustment::documentNo).orElse("?") + "）";
		aid.recordDecision(application.id(), decision, clock.instant(), completion.user().username(), unit,
				entrustmentId, statement);
	}

	/**
	 * 拟不予: a correction needs its reason; a confirmation is the reviewer's proposal not
	 * to approve, which goes with the check's findings to the approving authority (the
	 * district, or the street under entrustment): it refuses, with the written notice, or
	 * returns the case for investigation (DOMAIN.md §1 step 7: refusal is the approver's
	 * decision).
	 */
	private void economicFindings(AidApplication application, TaskCompletion completion) {
		String value = completion.data().get(AidApplicationProcess.VAR_ECONOMIC_REVIEW_DECISION);
		AidApplicationProcess.EconomicReviewDecision decision = AidApplicationProcess.EconomicReviewDecision
			.valueOf(value);
		String reason = completion.data().get(AidApplicationProcess.FIELD_OPINION);
		if (decision == AidApplicationProcess.EconomicReviewDecision.CORRECT && blank(reason)) {
			throw ApiException.badRequest("REASON_REQUIRED", AidApplicationProcess.FIELD_OPINION, "更正核对结果须写明理由");
		}
		String unit = completion.actingAs().orgUnitCode();
		economic.reviewed(application, decision, blank(reason) ? null : reason, completion.user().username(), unit);
	}

	/** How a decision names its unit: 福田区民政局, 梅沙街道办事处. */
	private String bureau(String orgUnitCode) {
		return orgs.find(orgUnitCode)
			.map(unit -> unit.name() + (unit.isDistrict() ? "民政局" : unit.isStreet() ? "办事处" : ""))
			.orElse(orgUnitCode);
	}

	private static void requireOpinionUnless(TaskCompletion completion, String decisionWithoutReason) {
		if (!decisionWithoutReason.equals(completion.decision())
				&& blank(completion.data().get(AidApplicationProcess.FIELD_OPINION))) {
			throw ApiException.badRequest("REASON_REQUIRED", AidApplicationProcess.FIELD_OPINION, "请写明理由");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
