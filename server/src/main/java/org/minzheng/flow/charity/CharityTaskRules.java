package org.minzheng.flow.charity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.inbox.TaskRules;
import org.minzheng.flow.processes.charity.CharityFundraisingProcess;
import org.minzheng.flow.processes.charity.CharityProcesses;
import org.minzheng.flow.processes.charity.CharityRecognitionProcess;
import org.minzheng.flow.processes.charity.CharityTrustFilingProcess;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.socialorg.credit.CreditStandings;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The rules of the charity steps beyond their forms: one supplement request per case, a
 * reason for every refusal, the decision deadline in working days from acceptance, the
 * reviewer's four checks consistent with the advice, no recognition while the credit
 * standing bars it or a condition is unmet.
 */
@Component
class CharityTaskRules implements TaskRules {

	private final CharityMapper charities;

	private final CreditStandings standings;

	private final Workflow workflow;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	CharityTaskRules(CharityMapper charities, CreditStandings standings, Workflow workflow, WorkingDayCalendar calendar,
			Clock clock) {
		this.charities = charities;
		this.standings = standings;
		this.workflow = workflow;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public boolean handles(String processKey) {
		return CharityRecognitionProcess.PROCESS_KEY.equals(processKey)
				|| CharityFundraisingProcess.PROCESS_KEY.equals(processKey)
				|| CharityTrustFilingProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public void beforeComplete(TaskCompletion completion) {
		switch (completion.task().processKey()) {
			case CharityRecognitionProcess.PROCESS_KEY -> recognitionStep(completion);
			case CharityFundraisingProcess.PROCESS_KEY -> fundraisingStep(completion);
			default -> trustStep(completion);
		}
	}

	@Override
	public void reopened(String caseRef, String taskKey) {
		Recognition recognition = charities.recognitionByNo(caseRef);
		if (recognition != null && CharityRecognitionProcess.TASK_DECISION.equals(taskKey)) {
			charities.reopenRecognitionDecision(recognition.id());
		}
		Fundraising fundraising = charities.fundraisingByNo(caseRef);
		if (fundraising != null && CharityFundraisingProcess.TASK_DECISION.equals(taskKey)) {
			charities.reopenFundraisingDecision(fundraising.id());
		}
	}

	private void recognitionStep(TaskCompletion completion) {
		Recognition recognition = charities.recognitionByNo(completion.task().businessKey());
		Map<String, String> data = completion.data();
		String opinion = data.get(CharityProcesses.FIELD_OPINION);
		String by = completion.user().username();
		switch (completion.task().taskKey()) {
			case CharityRecognitionProcess.TASK_ACCEPTANCE -> {
				String decision = data.get(CharityRecognitionProcess.VAR_ACCEPTANCE_DECISION);
				if ("SUPPLEMENT".equals(decision)) {
					if (recognition.supplementRequested()) {
						throw supplementOnce();
					}
					record(charities.requestRecognitionSupplement(recognition.id(), recognition.status(),
							recognition.status().moveTo(RecognitionStatus.SUPPLEMENT),
							data.get(CharityProcesses.FIELD_MISSING_MATERIALS)));
				}
				else if ("REJECT".equals(decision)) {
					record(charities.notAccepted(recognition.id(), recognition.status(),
							recognition.status().moveTo(RecognitionStatus.NOT_ACCEPTED), requireReason(opinion)));
				}
				else {
					LocalDate today = today();
					record(charities.acceptRecognition(recognition.id(), recognition.status(),
							recognition.status().moveTo(RecognitionStatus.REVIEW), today,
							calendar.addWorkingDays(today, decisionLimit(completion))));
				}
			}
			case CharityRecognitionProcess.TASK_CREDIT_DECISION -> {
				String decision = data.get(CharityRecognitionProcess.VAR_CREDIT_DECISION);
				String reason = requireReason(opinion);
				record(charities.decideRecognitionCredit(recognition.id(), decision, reason, by));
				if ("REFUSE".equals(decision)) {
					record(charities.decideRecognition(recognition.id(), decision, by, clock.instant(),
							"不予认定：" + reason + "（信用核查：" + recognition.creditFindings() + "）"));
				}
			}
			case CharityRecognitionProcess.TASK_REVIEW -> {
				CharityMapper.ReviewRow review = new CharityMapper.ReviewRow(data.get("charityPurpose"),
						data.get("noProfitDistribution"), data.get("residualAssetClause"), data.get("governanceVote"),
						data.get(CharityRecognitionProcess.VAR_REVIEW_DECISION), opinion, by);
				boolean allMet = "YES".equals(review.charityPurpose()) && "YES".equals(review.noProfit())
						&& "YES".equals(review.residualAsset()) && "YES".equals(review.governanceVote());
				if ("PASS".equals(review.decision()) && !allMet) {
					throw ApiException.badRequest("REVIEW_CONTRADICTS_CHECKS",
							CharityRecognitionProcess.VAR_REVIEW_DECISION, "有认定条件不符合，审查意见不能为符合认定条件");
				}
				if (!"PASS".equals(review.decision())) {
					requireReason(opinion);
				}
				record(charities.recordRecognitionReview(recognition.id(), review));
			}
			case CharityRecognitionProcess.TASK_DECISION -> {
				String decision = data.get(CharityRecognitionProcess.VAR_DECISION);
				String reason = null;
				if ("APPROVE".equals(decision)) {
					if (!recognition.conditionsMet()) {
						throw ApiException.badRequest("CONDITIONS_NOT_MET", CharityRecognitionProcess.VAR_DECISION,
								"审查认定条件未全部符合，不能准予认定");
					}
					String bar = standings.standingOf(recognition.uscc())
						.filter(standing -> "REGISTERED".equals(standing.status()))
						.map(standing -> Optional.ofNullable(standing.charityRecognitionBar()))
						.orElse(Optional.of("该组织已不在登记状态"))
						.orElse(null);
					// the approver may have found the credit findings no bar, with
					// reasons
					boolean cleared = "PROCEED".equals(recognition.creditDecision()) && bar != null
							&& !bar.startsWith("该组织已不在登记状态");
					if (bar != null && !cleared) {
						throw ApiException.conflict("CREDIT_BARRED", "不能准予认定：{0}", bar);
					}
				}
				else {
					reason = "不予认定：" + requireReason(opinion);
				}
				record(charities.decideRecognition(recognition.id(), decision, by, clock.instant(), reason));
			}
			default -> {
			}
		}
	}

	private void fundraisingStep(TaskCompletion completion) {
		Fundraising fundraising = charities.fundraisingByNo(completion.task().businessKey());
		Map<String, String> data = completion.data();
		String opinion = data.get(CharityProcesses.FIELD_OPINION);
		String by = completion.user().username();
		switch (completion.task().taskKey()) {
			case CharityFundraisingProcess.TASK_ACCEPTANCE -> {
				String decision = data.get(CharityFundraisingProcess.VAR_ACCEPTANCE_DECISION);
				if ("SUPPLEMENT".equals(decision)) {
					if (fundraising.supplementRequested()) {
						throw supplementOnce();
					}
					record(charities.requestFundraisingSupplement(fundraising.id(), fundraising.status(),
							fundraising.status().moveTo(FundraisingStatus.SUPPLEMENT),
							data.get(CharityProcesses.FIELD_MISSING_MATERIALS)));
				}
				else if ("REJECT".equals(decision)) {
					record(charities.fundraisingNotAccepted(fundraising.id(), fundraising.status(),
							fundraising.status().moveTo(FundraisingStatus.NOT_ACCEPTED), requireReason(opinion)));
				}
				else {
					LocalDate today = today();
					record(charities.acceptFundraising(fundraising.id(), fundraising.status(),
							fundraising.status().moveTo(FundraisingStatus.REVIEW), today,
							calendar.addWorkingDays(today, decisionLimit(completion))));
				}
			}
			case CharityFundraisingProcess.TASK_CREDIT_DECISION -> {
				String decision = data.get(CharityFundraisingProcess.VAR_CREDIT_DECISION);
				String reason = requireReason(opinion);
				record(charities.decideFundraisingCredit(fundraising.id(), decision, reason, by));
				if ("REFUSE".equals(decision)) {
					record(charities.decideFundraising(fundraising.id(), decision,
							reason + "（信用核查：" + fundraising.creditFindings() + "）", by, clock.instant()));
				}
			}
			case CharityFundraisingProcess.TASK_REVIEW -> {
				String decision = data.get(CharityFundraisingProcess.VAR_REVIEW_DECISION);
				if (!"PASS".equals(decision)) {
					requireReason(opinion);
				}
				record(charities.reviewFundraising(fundraising.id(), decision, opinion, by));
			}
			case CharityFundraisingProcess.TASK_DECISION -> {
				String decision = data.get(CharityFundraisingProcess.VAR_DECISION);
				if (!"APPROVE".equals(decision)) {
					requireReason(opinion);
				}
				record(charities.decideFundraising(fundraising.id(), decision, opinion, by, clock.instant()));
			}
			default -> {
			}
		}
	}

	private void trustStep(TaskCompletion completion) {
		TrustFiling filing = charities.filingByNo(completion.task().businessKey());
		Map<String, String> data = completion.data();
		String by = completion.user().username();
		switch (completion.task().taskKey()) {
			case CharityTrustFilingProcess.TASK_FILING_REVIEW -> {
				// the reviewer proposes; what counts is what the approver signs
				String proposal = data.get(CharityTrustFilingProcess.VAR_FILING_REVIEW_DECISION);
				String missing = null;
				if ("SUPPLEMENT".equals(proposal)) {
					if (filing.supplementRequested()) {
						throw supplementOnce();
					}
					missing = requireMissing(data.get(CharityProcesses.FIELD_MISSING_MATERIALS));
				}
				String opinion = "REJECT".equals(proposal) ? requireReason(data.get(CharityProcesses.FIELD_OPINION))
						: data.get(CharityProcesses.FIELD_OPINION);
				record(charities.proposeFiling(filing.id(), proposal, missing, opinion, by));
			}
			case CharityTrustFilingProcess.TASK_FILING_DECISION -> {
				String decision = data.get(CharityTrustFilingProcess.VAR_FILING_DECISION);
				if ("SUPPLEMENT".equals(decision)) {
					if (filing.supplementRequested()) {
						throw supplementOnce();
					}
					String missing = data.get(CharityProcesses.FIELD_MISSING_MATERIALS);
					record(charities.requestFilingSupplement(filing.id(), filing.status(),
							filing.status().moveTo(FilingStatus.SUPPLEMENT),
							requireMissing(missing == null || missing.isBlank() ? filing.proposedMaterials() : missing),
							by));
				}
				else {
					String opinion = "REJECT".equals(decision) ? requireReason(data.get(CharityProcesses.FIELD_OPINION))
							: data.get(CharityProcesses.FIELD_OPINION);
					record(charities.signFiling(filing.id(), decision, opinion, by));
				}
			}
			case CharityTrustFilingProcess.TASK_SUPPLEMENT -> record(charities.filingSupplemented(filing.id(),
					filing.status(), filing.status().moveTo(FilingStatus.SUBMITTED),
					data.get(CharityTrustFilingProcess.FIELD_NOTE)));
			default -> {
			}
		}
	}

	private int decisionLimit(TaskCompletion completion) {
		return Integer
			.parseInt(workflow.processProperty(completion.task(), CharityProcesses.PROPERTY_DECISION_LIMIT_WORKING_DAYS)
				.orElseThrow(() -> new IllegalStateException(
						"process has no property " + CharityProcesses.PROPERTY_DECISION_LIMIT_WORKING_DAYS)));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
	}

	private static ApiException supplementOnce() {
		return ApiException.badRequest("SUPPLEMENT_ONCE", CharityProcesses.FIELD_MISSING_MATERIALS,
				"补正材料只能一次性告知，本案已告知过：请予以受理或不予受理");
	}

	private static String requireMissing(String missing) {
		if (missing == null || missing.isBlank()) {
			throw ApiException.badRequest("MISSING_MATERIALS_REQUIRED", CharityProcesses.FIELD_MISSING_MATERIALS,
					"请列明需补正的全部材料");
		}
		return missing.strip();
	}

	private static String requireReason(String opinion) {
		if (opinion == null || opinion.isBlank()) {
			throw ApiException.badRequest("REASON_REQUIRED", CharityProcesses.FIELD_OPINION, "请写明理由");
		}
		return opinion.strip();
	}

	private static void record(int updated) {
		if (updated == 0) {
			throw ApiException.conflict("CASE_STATE", "案件状态已变化，请刷新");
		}
	}

}
