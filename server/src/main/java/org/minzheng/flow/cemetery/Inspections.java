package org.minzheng.flow.cemetery;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.minzheng.flow.attachment.Attachment;
import org.minzheng.flow.attachment.Attachments;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.minzheng.flow.workflow.Workflow.OpenTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One cemetery's inspection: who may see it (the district and the city; the operator its
 * own only; the enforcement unit once it was referred), the checklist answers of the
 * on-site inspection and the re-inspection with photos and location, and the evidence
 * attached.
 */
@Service
public class Inspections {

	/** Round of the on-site inspection and of the re-inspection. */
	static final int ON_SITE = 1;

	static final int RE_INSPECTION = 2;

	/** Round of the re-inspection after the further rectification period. */
	static final int FOLLOW_UP = 3;

	static final Set<String> ANSWERS = Set.of("PASS", "FAIL", "NA");

	private final CemeteryMapper cemeteries;

	private final Workflow workflow;

	private final Attachments attachments;

	private final AuditTrail audit;

	private final Clock clock;

	Inspections(CemeteryMapper cemeteries, Workflow workflow, Attachments attachments, AuditTrail audit, Clock clock) {
		this.cemeteries = cemeteries;
		this.workflow = workflow;
		this.attachments = attachments;
		this.audit = audit;
		this.clock = clock;
	}

	/** An inspection the user may see, or 404 (never 403: its existence is not told). */
	@Transactional(readOnly = true)
	public Inspection visible(String inspectionNo, StaffUser user) {
		return Optional.ofNullable(cemeteries.inspectionByNo(inspectionNo))
			.filter(i -> canSee(i, user, cemeteries))
			.orElseThrow(() -> ApiException.notFound("INSPECTION_NOT_FOUND", "检查案件不存在或无权查看"));
	}

	static boolean canSee(Inspection inspection, StaffUser user, CemeteryMapper cemeteries) {
		return CemeteryReaders.reads(user, CemeteryReaders.STAFF_AND_PARTIES,
				units(inspection, cemeteries).toArray(String[]::new));
	}

	/**
	 * The units whose holders may reach an inspection: its district (and the city above),
	 * its operator's unit, and, once the cemetery is 不合格, the district's
	 * joint-enforcement unit and the bodies it was referred to, not before.
	 */
	static Set<String> units(Inspection inspection, CemeteryMapper cemeteries) {
		Set<String> units = new java.util.LinkedHashSet<>();
		units.add(inspection.districtCode());
		units.add(inspection.operatorUnitCode());
		if ("UNQUALIFIED".equals(inspection.result()) && inspection.enforcementUnitCode() != null) {
			units.add(inspection.enforcementUnitCode());
		}
		if ("UNQUALIFIED".equals(inspection.result())) {
			cemeteries.referrals(inspection.id()).forEach(r -> units.add(r.unitCode()));
		}
		units.remove(null);
		return units;
	}

	/**
	 * The latest inspections the user may see: of the districts where they hold a reading
	 * role, of their own operator unit, or referred to their enforcement unit.
	 */
	@Transactional(readOnly = true)
	public List<Inspection> list(StaffUser user) {
		Set<String> units = CemeteryReaders.units(user, CemeteryReaders.STAFF_AND_PARTIES);
		return units.isEmpty() ? List.of() : cemeteries.inspectionsFor(units);
	}

	@Transactional(readOnly = true)
	public Cemetery cemeteryOf(Inspection inspection) {
		return cemeteries.cemeteryById(inspection.cemeteryId());
	}

	@Transactional(readOnly = true)
	public List<PriceItem> prices(Cemetery cemetery) {
		return cemeteries.prices(cemetery.id());
	}

	@Transactional(readOnly = true)
	public Optional<SelfReport> selfReport(Inspection inspection) {
		return Optional.ofNullable(cemeteries.selfReport(inspection.id()));
	}

	@Transactional(readOnly = true)
	public List<CheckResult> results(Inspection inspection) {
		return cemeteries.results(inspection.id());
	}

	/** The bodies an unqualified inspection was referred to, and their reports. */
	@Transactional(readOnly = true)
	public List<EnforcementReferral> referrals(Inspection inspection) {
		return cemeteries.referrals(inspection.id());
	}

	@Transactional(readOnly = true)
	public List<SiteVisit> visits(Inspection inspection) {
		return cemeteries.visits(inspection.id());
	}

	/** The open user tasks of the inspection's process. */
	public List<OpenTask> openTasks(Inspection inspection) {
		return inspection.processInstanceId() == null ? List.of() : workflow.openTasks(inspection.processInstanceId());
	}

	/**
	 * The round whose checklist may be filled in now: the on-site inspection or the
	 * re-inspection, whichever task is open.
	 */
	Optional<Integer> openRound(Inspection inspection) {
		List<String> open = openTasks(inspection).stream().map(OpenTask::taskKey).toList();
		if (open.contains(CemeteryInspectionProcess.TASK_ON_SITE_INSPECTION)) {
			return Optional.of(ON_SITE);
		}
		if (open.contains(CemeteryInspectionProcess.TASK_RE_INSPECTION)) {
			return Optional.of(RE_INSPECTION);
		}
		if (open.contains(CemeteryInspectionProcess.TASK_FOLLOW_UP_RE_INSPECTION)) {
			return Optional.of(FOLLOW_UP);
		}
		return Optional.empty();
	}

	/**
	 * The inspector records the checklist of the open round: each item PASS/FAIL/NA (the
	 * re-inspection answers only the items that failed on site, PASS or FAIL), a remark
	 * for every failure, photos from the case's attachments, and where the inspection
	 * took place. Replaces what the round held; nothing changes when an answer is
	 * refused.
	 */
	@Transactional
	public List<CheckResult> saveChecklist(String inspectionNo, SaveChecklist request, StaffUser inspector) {
		Inspection inspection = visible(inspectionNo, inspector);
		if (!inspector.covers(BusinessLine.CEMETERY, Role.REVIEWER, inspection.districtCode())) {
			throw ApiException.forbidden("NOT_INSPECTOR", "只有本区检查人员可以填写检查表");
		}
		int round = openRound(inspection)
			.orElseThrow(() -> ApiException.conflict("CHECKLIST_NOT_OPEN", "当前环节不是实地检查或复查，不能填写检查表"));
		Map<String, ChecklistItem> items = checklistOf(inspection).stream()
			.collect(Collectors.toMap(ChecklistItem::itemCode, i -> i));
		Set<String> expected = round == ON_SITE ? items.keySet() : failedIn(inspection, round - 1);
		validateLocation(request);
		if (request.items() == null || request.items().isEmpty()) {
			throw ApiException.badRequest("CHECKLIST_EMPTY", "items", "请逐项填写检查表");
		}
		Map<Long, Attachment> photos = attachments.forCase(inspection.inspectionNo())
			.stream()
			.collect(Collectors.toMap(Attachment::id, a -> a));
		Set<String> seen = new HashSet<>();
		Instant now = clock.instant();
		List<CheckResult> rows = new java.util.ArrayList<>();
		for (int i = 0; i < request.items().size(); i++) {
			SaveChecklist.Answer answer = request.items().get(i);
			String field = "items[" + i + "]";
			if (answer == null || answer.itemCode() == null || !items.containsKey(answer.itemCode())) {
				throw ApiException.badRequest("UNKNOWN_CHECKLIST_ITEM", field + ".itemCode", "检查表中没有该检查项");
			}
			if (!expected.contains(answer.itemCode())) {
				throw ApiException.badRequest("ITEM_NOT_IN_ROUND", field + ".itemCode", "复查只针对实地检查中不符合的项目");
			}
			if (!seen.add(answer.itemCode())) {
				throw ApiException.badRequest("ITEM_CODE_DUPLICATE", field + ".itemCode", "检查项重复");
			}
			if (answer.result() == null || !ANSWERS.contains(answer.result())
					|| (round != ON_SITE && "NA".equals(answer.result()))) {
				throw ApiException.badRequest("INVALID_OPTION", field + ".result",
						round == ON_SITE ? "检查结果只能是符合、不符合或不适用" : "检查结果只能是符合、不符合");
			}
			String remark = answer.remark() == null ? null : answer.remark().strip();
			if ("FAIL".equals(answer.result()) && (remark == null || remark.isEmpty())) {
				throw ApiException.badRequest("REMARK_REQUIRED", field + ".remark", "不符合的检查项须写明具体情况");
			}
			if (remark != null && remark.codePointCount(0, remark.length()) > 500) {
				throw ApiException.badRequest("FIELD_TOO_LONG", field + ".remark", "情况说明不能超过 500 字");
			}
			if (answer.photoAttachmentId() != null) {
				Attachment photo = photos.get(answer.photoAttachmentId());
				if (photo == null) {
					throw ApiException.badRequest("PHOTO_NOT_FOUND", field + ".photoAttachmentId", "照片不是本案件的附件");
				}
				if (!photo.contentType().startsWith("image/")) {
					throw ApiException.badRequest("PHOTO_NOT_IMAGE", field + ".photoAttachmentId",
							"现场证据须为 JPG 或 PNG 照片");
				}
			}
			rows.add(new CheckResult(inspection.id(), round, answer.itemCode(), answer.result(),
					remark == null || remark.isEmpty() ? null : remark, answer.photoAttachmentId(),
					inspector.username(), now));
		}
		cemeteries.deleteResults(inspection.id(), round);
		rows.forEach(cemeteries::insertResult);
		cemeteries.deleteVisit(inspection.id(), round);
		cemeteries.insertVisit(new SiteVisit(inspection.id(), round, request.latitude(), request.longitude(),
				request.place().strip(), inspector.username(), now));
		long failed = rows.stream().filter(r -> "FAIL".equals(r.result())).count();
		audit.record(inspector, Role.REVIEWER, inspection.districtCode(), inspection.inspectionNo(),
				"CEMETERY_CHECKLIST_SAVED", (round == ON_SITE ? "实地检查" : round == RE_INSPECTION ? "复查" : "整改期满复查")
						+ "检查表：" + rows.size() + " 项，不符合 " + failed + " 项，地点 " + request.place().strip(),
				null);
		return cemeteries.results(inspection.id()).stream().filter(r -> r.roundNo() == round).toList();
	}

	/**
	 * What completing a checklist round requires: every expected item answered, a photo
	 * for every failure and at least one photo in the round, and the location.
	 */
	void requireCompleteRound(Inspection inspection, int round) {
		Set<String> expected = round == ON_SITE
				? checklistOf(inspection).stream().map(ChecklistItem::itemCode).collect(Collectors.toSet())
				: failedIn(inspection, round - 1);
		List<CheckResult> answers = cemeteries.results(inspection.id())
			.stream()
			.filter(r -> r.roundNo() == round)
			.toList();
		Set<String> answered = answers.stream().map(CheckResult::itemCode).collect(Collectors.toSet());
		if (!answered.containsAll(expected)) {
			throw ApiException.badRequest("CHECKLIST_INCOMPLETE", "checklist", "检查表尚未填写完整：还有 {0} 项未填写",
					(expected.size() - expected.stream().filter(answered::contains).count()));
		}
		if (answers.stream().anyMatch(r -> "FAIL".equals(r.result()) && r.photoAttachmentId() == null)) {
			throw ApiException.badRequest("PHOTO_REQUIRED", "checklist", "不符合的检查项须上传现场照片");
		}
		if (answers.stream().noneMatch(r -> r.photoAttachmentId() != null)) {
			throw ApiException.badRequest("PHOTO_REQUIRED", "checklist", "请至少上传一张现场照片");
		}
		if (cemeteries.visits(inspection.id()).stream().noneMatch(v -> v.roundNo() == round)) {
			throw ApiException.badRequest("LOCATION_REQUIRED", "checklist", "请记录检查地点");
		}
	}

	/** Items that failed on site: what the re-inspection checks again. */
	Set<String> failedOnSite(Inspection inspection) {
		return failedIn(inspection, ON_SITE);
	}

	/**
	 * Items that failed in a round: what the next round checks again (the re-inspection
	 * after the further period checks what the re-inspection found still failing).
	 */
	Set<String> failedIn(Inspection inspection, int round) {
		return cemeteries.results(inspection.id())
			.stream()
			.filter(r -> r.roundNo() == round && "FAIL".equals(r.result()))
			.map(CheckResult::itemCode)
			.collect(Collectors.toSet());
	}

	/** Items still failing after the re-inspection (or on site, if none happened). */
	Set<String> stillFailing(Inspection inspection) {
		return stillFailing(cemeteries.results(inspection.id()));
	}

	/** Items whose answer in the latest round that checked them is FAIL. */
	static Set<String> stillFailing(List<CheckResult> results) {
		Map<String, String> latest = new HashMap<>();
		results.stream()
			.sorted(java.util.Comparator.comparingInt(CheckResult::roundNo))
			.forEach(r -> latest.put(r.itemCode(), r.result()));
		return latest.entrySet()
			.stream()
			.filter(e -> "FAIL".equals(e.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** The checklist version of the inspection's campaign. */
	@Transactional(readOnly = true)
	public List<ChecklistItem> checklistOf(Inspection inspection) {
		return cemeteries.checklistItems(cemeteries.campaign(inspection.campaignId()).checklistVersionId());
	}

	/**
	 * Adds evidence (photos, scans; type told by content) while the case is open: the
	 * operator for its reports, district staff for inspections.
	 */
	@Transactional
	public Attachment attach(String inspectionNo, String fileName, byte[] content, StaffUser user) {
		Inspection inspection = visible(inspectionNo, user);
		if (inspection.closedAt() != null) {
			throw ApiException.conflict("CASE_CLOSED", "检查已结束，不能再上传附件");
		}
		RoleAssignment acting = handlingRole(inspection, user, units(inspection, cemeteries))
			.orElseThrow(() -> ApiException.forbidden("ACCESS_DENIED", "只有办理本检查的人员可以上传附件"));
		return attachments.add(inspection.inspectionNo(), fileName, content, user, acting.role(), acting.orgUnitCode());
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(Inspection inspection) {
		return attachments.forCase(inspection.inspectionNo());
	}

	private static Optional<RoleAssignment> handlingRole(Inspection inspection, StaffUser user, Set<String> units) {
		for (RoleAssignment assignment : user.assignments()) {
			if (!assignment.appliesTo(BusinessLine.CEMETERY)) {
				continue;
			}
			boolean district = (assignment.role() == Role.REVIEWER || assignment.role() == Role.APPROVER)
					&& user.covers(BusinessLine.CEMETERY, assignment.role(), inspection.districtCode());
			boolean party = assignment.role() == Role.PARTY
					&& (assignment.orgUnitCode().equals(inspection.operatorUnitCode())
							|| ("UNQUALIFIED".equals(inspection.result()) && units.contains(assignment.orgUnitCode())));
			if (district || party) {
				return Optional.of(district
						? new RoleAssignment(BusinessLine.CEMETERY, assignment.role(), inspection.districtCode())
						: assignment);
			}
		}
		return Optional.empty();
	}

	private static void validateLocation(SaveChecklist request) {
		if (request.latitude() == null || request.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| request.longitude() == null || request.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
			throw ApiException.badRequest("LOCATION_INVALID", "latitude", "请记录有效的检查位置（纬度 -90～90，经度 -180～180）");
		}
		CemeteryDirectory.require(request.place(), "place", "检查地点", 200);
	}

	/**
	 * Deadline check for dashboards: a rectification due before today and not reported.
	 */
	static boolean rectificationOverdue(Inspection inspection, LocalDate today) {
		return inspection.rectificationDue() != null && inspection.rectificationSubmittedAt() == null
				&& inspection.closedAt() == null && inspection.rectificationDue().isBefore(today);
	}

	/** The checklist of one round as the inspector sends it. */
	public record SaveChecklist(@Digits(integer = 3, fraction = 6) BigDecimal latitude,
			@Digits(integer = 3, fraction = 6) BigDecimal longitude, @Size(max = 200) String place,
			@Size(max = 200) List<@Valid Answer> items) {

		/** One item's answer. */
		public record Answer(@Size(max = 40) String itemCode, @Size(max = 20) String result,
				@Size(max = 500) String remark, Long photoAttachmentId) {
		}

	}

}
