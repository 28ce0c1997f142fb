package org.minzheng.flow.cemetery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.inbox.TaskRules;
import org.minzheng.flow.processes.cemetery.CemeteryCampaignProcess;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The rules of the cemetery steps beyond their forms: the self-inspection report stored
 * as structured data, a reason for every return and every adverse result, a complete
 * checklist with photos and location before an inspection step is done, no 合格 while the
 * checklist still shows a failure, the rectification deadline in working days, and the
 * campaign's summary and the city's review.
 */
@Component
class CemeteryTaskRules implements TaskRules {

	private final CemeteryMapper cemeteries;

	private final Inspections inspections;

	private final Workflow workflow;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	CemeteryTaskRules(CemeteryMapper cemeteries, Inspections inspections, Workflow workflow,
			WorkingDayCalendar calendar, Clock clock) {
		this.cemeteries = cemeteries;
		this.inspections = inspections;
		this.workflow = workflow;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public boolean handles(String processKey) {
		return CemeteryInspectionProcess.PROCESS_KEY.equals(processKey)
				|| CemeteryCampaignProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public void beforeComplete(TaskCompletion completion) {
		if (CemeteryCampaignProcess.PROCESS_KEY.equals(completion.task().processKey())) {
			campaignStep(completion);
			return;
		}
		Inspection inspection = cemeteries.inspectionByNo(completion.task().businessKey());
		Map<String, String> data = completion.data();
		String opinion = data.get(CemeteryInspectionProcess.FIELD_OPINION);
		switch (completion.task().taskKey()) {
			case CemeteryInspectionProcess.TASK_SELF_INSPECTION -> selfReport(inspection, completion);
			case CemeteryInspectionProcess.TASK_DOCUMENT_REVIEW -> {
				if ("RETURN".equals(data.get(CemeteryInspectionProcess.VAR_DOCUMENT_REVIEW_DECISION))) {
					requireReason(opinion);
					cemeteries.countDocumentReturn(inspection.id());
				}
			}
			case CemeteryInspectionProcess.TASK_ON_SITE_INSPECTION ->
				inspections.requireCompleteRound(inspection, Inspections.ON_SITE);
			case CemeteryInspectionProcess.TASK_FINDINGS -> findings(inspection, completion, opinion);
			case CemeteryInspectionProcess.TASK_RECTIFICATION,
					CemeteryInspectionProcess.TASK_FOLLOW_UP_RECTIFICATION -> {
				if (cemeteries.recordRectification(inspection.id(), opinion.strip(), clock.instant()) == 0) {
					throw ApiException.conflict("INSPECTION_STATE", "检查状态已变化，请刷新");
				}
			}
			case CemeteryInspectionProcess.TASK_RE_INSPECTION ->
				inspections.requireCompleteRound(inspection, Inspections.RE_INSPECTION);
			case CemeteryInspectionProcess.TASK_FOLLOW_UP_RE_INSPECTION ->
				inspections.requireCompleteRound(inspection, Inspections.FOLLOW_UP);
			case CemeteryInspectionProcess.TASK_RESULT -> result(inspection, completion, opinion);
			case CemeteryInspectionProcess.TASK_FINAL_RESULT -> finalResult(inspection, completion, opinion);
			case CemeteryInspectionProcess.TASK_JOINT_ENFORCEMENT -> enforcement(inspection, completion, opinion);
			default -> {
			}
		}
	}

	@Override
	public void reopened(String caseRef, String taskKey) {
		Inspection inspection = cemeteries.inspectionByNo(caseRef);
		if (inspection != null && CemeteryInspectionProcess.TASK_FINDINGS.equals(taskKey)) {
			cemeteries.reopenFindings(inspection.id());
		}
		if (inspection != null && CemeteryInspectionProcess.TASK_RESULT.equals(taskKey)) {
			cemeteries.reopenResult(inspection.id());
		}
		if (inspection != null && CemeteryInspectionProcess.TASK_FINAL_RESULT.equals(taskKey)) {
			cemeteries.reopenFinalResult(inspection.id());
		}
		Campaign campaign = cemeteries.campaignByNo(caseRef);
		if (campaign != null && CemeteryCampaignProcess.TASK_DISTRICT_SUMMARY.equals(taskKey)) {
			if (campaign.status() == CampaignStatus.CITY_REVIEW) {
				cemeteries.reopenSummary(campaign.id(), campaign.status(),
						campaign.status().moveTo(CampaignStatus.SUMMARY));
			}
		}
	}

	private void selfReport(Inspection inspection, TaskCompletion completion) {
		Map<String, String> data = completion.data();
		boolean withinCatalogue = "YES".equals(data.get("pricesWithinCatalogue"));
		String priceNote = data.get("priceNote");
		if (!withinCatalogue && (priceNote == null || priceNote.isBlank())) {
			throw ApiException.badRequest("FIELD_REQUIRED", "priceNote", "请列明超出价格目录的收费项目及金额");
		}
		BigDecimal charged = new BigDecimal(data.get("highestPriceChargedYuan"));
		BigDecimal catalogueTop = cemeteries.prices(inspection.cemeteryId())
			.stream()
			.map(PriceItem::priceYuan)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		if (withinCatalogue && charged.compareTo(catalogueTop) > 0) {
			throw ApiException.badRequest("PRICE_OVER_CATALOGUE", "highestPriceChargedYuan",
					"实收最高价格 {0} 元高于价格目录最高价 {1} 元：请如实填报超出价格目录的收费", charged.toPlainString(),
					catalogueTop.toPlainString());
		}
		cemeteries.deleteSelfReport(inspection.id());
		cemeteries.insertSelfReport(new SelfReport(inspection.id(), count(data, "plotsSold"),
				count(data, "plotsOverSizeLimit"), count(data, "preSales"), count(data, "ecoBurialPercent"),
				count(data, "complaints"), charged, withinCatalogue, withinCatalogue ? null : priceNote,
				data.get(CemeteryInspectionProcess.FIELD_OPINION), completion.user().username(), clock.instant()));
	}

	private void findings(Inspection inspection, TaskCompletion completion, String opinion) {
		String decision = completion.data().get(CemeteryInspectionProcess.VAR_FINDINGS_DECISION);
		if ("QUALIFIED".equals(decision)) {
			if (!inspections.stillFailing(inspection).isEmpty()) {
				throw ApiException.badRequest("RESULT_CONTRADICTS_CHECKLIST",
						CemeteryInspectionProcess.VAR_FINDINGS_DECISION, "检查表仍有不符合项，不能判定合格：请责令限期整改");
			}
			record(cemeteries.recordResult(inspection.id(), "QUALIFIED", opinion, completion.user().username(),
					clock.instant()));
			return;
		}
		requireReason(opinion);
		LocalDate due = deadline(completion, CemeteryInspectionProcess.PROPERTY_RECTIFICATION_WORKING_DAYS);
		record(cemeteries.recordFindings(inspection.id(), decision, clock.instant(), due, opinion.strip()));
	}

	private void result(Inspection inspection, TaskCompletion completion, String opinion) {
		String decision = completion.data().get(CemeteryInspectionProcess.VAR_RESULT_DECISION);
		if ("QUALIFIED".equals(decision) && !inspections.stillFailing(inspection).isEmpty()) {
			throw ApiException.badRequest("RESULT_CONTRADICTS_CHECKLIST", CemeteryInspectionProcess.VAR_RESULT_DECISION,
					"复查仍有不符合项，不能判定合格");
		}
		if (!"QUALIFIED".equals(decision)) {
			requireReason(opinion);
		}
		record(cemeteries.recordResult(inspection.id(), decision, opinion, completion.user().username(),
				clock.instant()));
		if ("RECTIFY_PENDING".equals(decision)) {
			cemeteries.extendRectification(inspection.id(),
					deadline(completion, CemeteryInspectionProcess.PROPERTY_PENDING_RECTIFICATION_WORKING_DAYS));
		}
	}

	/**
	 * The result after the further rectification period: 合格 only when nothing fails any
	 * more; 不合格 with the reasons (a sanction decided by the district's approver).
	 */
	private void finalResult(Inspection inspection, TaskCompletion completion, String opinion) {
		String decision = completion.data().get(CemeteryInspectionProcess.VAR_FINAL_RESULT_DECISION);
		if ("QUALIFIED".equals(decision) && !inspections.stillFailing(inspection).isEmpty()) {
			throw ApiException.badRequest("RESULT_CONTRADICTS_CHECKLIST",
					CemeteryInspectionProcess.VAR_FINAL_RESULT_DECISION, "复查仍有不符合项，不能判定合格");
		}
		if (!"QUALIFIED".equals(decision)) {
			requireReason(opinion);
		}
		record(cemeteries.recordFinalResult(inspection.id(), decision, opinion == null ? null : opinion.strip(),
				completion.user().username(), clock.instant()));
	}

	/**
	 * A body reports what it did on the referral made to it: the unit it acts for is the
	 * unit of its task's candidate group.
	 */
	private void enforcement(Inspection inspection, TaskCompletion completion, String opinion) {
		String decision = completion.data().get(CemeteryInspectionProcess.VAR_ENFORCEMENT_DECISION);
		requireReason(opinion);
		String unit = completion.actingAs().orgUnitCode();
		if (cemeteries.reportReferral(inspection.id(), unit, decision, opinion.strip(), completion.user().username(),
				clock.instant()) == 0 && !cemeteries.referrals(inspection.id()).isEmpty()) {
			throw ApiException.conflict("INSPECTION_STATE", "检查状态已变化，请刷新");
		}
		cemeteries.recordEnforcement(inspection.id(), decision, opinion.strip());
	}

	private void campaignStep(TaskCompletion completion) {
		Campaign campaign = cemeteries.campaignByNo(completion.task().businessKey());
		String opinion = completion.data().get(CemeteryCampaignProcess.FIELD_OPINION);
		switch (completion.task().taskKey()) {
			case CemeteryCampaignProcess.TASK_DISTRICT_SUMMARY -> record(cemeteries.submitSummary(campaign.id(),
					campaign.status(), campaign.status().moveTo(CampaignStatus.CITY_REVIEW), opinion,
					completion.user().username(), clock.instant()));
			case CemeteryCampaignProcess.TASK_CITY_REVIEW -> {
				String decision = completion.data().get(CemeteryCampaignProcess.VAR_CITY_REVIEW_DECISION);
				boolean returned = "RETURN".equals(decision);
				if (returned) {
					requireReason(opinion);
				}
				record(cemeteries.cityReview(campaign.id(), campaign.status(),
						campaign.status().moveTo(returned ? CampaignStatus.RETURNED : CampaignStatus.PUBLISHED),
						decision, opinion, completion.user().username(), clock.instant()));
			}
			default -> {
			}
		}
	}

	private LocalDate deadline(TaskCompletion completion, String property) {
		int days = Integer.parseInt(workflow.processProperty(completion.task(), property)
			.orElseThrow(() -> new IllegalStateException("process has no property " + property)));
		return calendar.addWorkingDays(LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE)), days);
	}

	private static int count(Map<String, String> data, String key) {
		try {
			return Integer.parseInt(data.get(key));
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw ApiException.badRequest("FIELD_PATTERN", key, "请填写整数");
		}
	}

	private static void requireReason(String opinion) {
		if (opinion == null || opinion.isBlank()) {
			throw ApiException.badRequest("REASON_REQUIRED", CemeteryInspectionProcess.FIELD_OPINION, "请写明理由");
		}
	}

	private static void record(int updated) {
		if (updated == 0) {
			throw ApiException.conflict("INSPECTION_STATE", "检查状态已变化，请刷新");
		}
	}

}
