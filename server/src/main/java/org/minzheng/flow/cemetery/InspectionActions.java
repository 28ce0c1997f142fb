package org.minzheng.flow.cemetery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.inbox.OverdueEscalations;
import org.minzheng.flow.integration.credit.CreditPlatformClient;
import org.minzheng.flow.integration.credit.CreditReceipt;
import org.minzheng.flow.integration.credit.CreditRecord;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the inspection process does on its own, called by its thin delegates: resolve the
 * parties, report an unqualified cemetery to the credit platform, escalate overdue work
 * to the district's supervisors, close the case.
 */
@Service
public class InspectionActions {

	/** Category of the credit record of an unqualified cemetery. */
	static final String CREDIT_CATEGORY = "CEMETERY_INSPECTION_UNQUALIFIED";

	/** Body kind of the district's 殡葬联合执法组, for findings no other body acts on. */
	static final String JOINT = "JOINT";

	private static final Logger log = LoggerFactory.getLogger(InspectionActions.class);

	private final CemeteryMapper cemeteries;

	private final CreditPlatformClient credit;

	private final OverdueEscalations escalations;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	InspectionActions(CemeteryMapper cemeteries, CreditPlatformClient credit, OverdueEscalations escalations,
			OrgDirectory orgs, AuditTrail audit, Clock clock) {
		this.cemeteries = cemeteries;
		this.credit = credit;
		this.escalations = escalations;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/** The inspection's parties, recorded with its process instance. */
	@Transactional
	public Parties prepare(long inspectionId, String processInstanceId) {
		Inspection inspection = cemeteries.inspection(inspectionId);
		cemeteries.setInspectionProcess(inspectionId, processInstanceId);
		return new Parties(inspection.operatorUnitCode(), inspection.enforcementUnitCode());
	}

	/**
	 * Reports the unqualified cemetery to the credit platform (idempotent per key; a
	 * failure throws, so the job retries and then raises an incident).
	 */
	@Transactional
	public void reportCredit(long inspectionId, String idempotencyKey) {
		Inspection inspection = cemeteries.inspection(inspectionId);
		if (inspection.creditRecordNo() != null) {
			return;
		}
		Cemetery cemetery = cemeteries.cemeteryById(inspection.cemeteryId());
		LocalDate decided = LocalDate.ofInstant(inspection.resultAt(), WorkingDayCalendar.ZONE);
		CreditReceipt receipt = credit.report(new CreditRecord(CREDIT_CATEGORY, cemetery.operatorUscc(),
				cemetery.operatorName(), inspection.districtCode(), orgs.nameOf(inspection.districtCode()) + "民政局",
				decided, "经营性公墓年检不合格：" + cemetery.name(), inspection.inspectionNo()), idempotencyKey);
		cemeteries.recordCredit(inspectionId, receipt.recordNo(), receipt.acceptedAt());
		audit.recordSystem(inspection.districtCode(), inspection.inspectionNo(), "CEMETERY_CREDIT_REPORTED",
				"年检不合格已报送信用平台，记录号 " + receipt.recordNo(), null);
		log.info("[{}] reported to the credit platform as {}", inspection.inspectionNo(), receipt.recordNo());
	}

	/**
	 * Refers an unqualified cemetery to the bodies that act on what still fails: each
	 * failed checklist item's category (finding type) names a kind of body
	 * ({@code cemetery_enforcement_route}: prices and sales to market regulation, land to
	 * urban management, safety to the street office of the cemetery's area); everything
	 * else, a kind without a body in the district, or a result without a failed item,
	 * goes to the district's 殡葬联合执法组. Idempotent: a second call returns the referrals
	 * made.
	 * @return the referred unit codes, one task each
	 */
	@Transactional
	public List<String> routeEnforcement(long inspectionId) {
		Inspection inspection = cemeteries.inspection(inspectionId);
		if (cemeteries.referrals(inspectionId).isEmpty()) {
			refer(inspection);
		}
		return referredUnits(inspectionId);
	}

	/** The unit codes an inspection was referred to, in a stable order. */
	@Transactional(readOnly = true)
	public List<String> referredUnits(long inspectionId) {
		return cemeteries.referrals(inspectionId).stream().map(EnforcementReferral::unitCode).toList();
	}

	private void refer(Inspection inspection) {
		Cemetery cemetery = cemeteries.cemeteryById(inspection.cemeteryId());
		Map<String, String> categories = new HashMap<>();
		cemeteries.checklistItems(cemeteries.campaign(inspection.campaignId()).checklistVersionId())
			.forEach(item -> categories.put(item.itemCode(), item.category()));
		Map<String, String> routes = new HashMap<>();
		cemeteries.enforcementRoutes()
			.forEach(
					row -> routes.put(String.valueOf(value(row, "category")), String.valueOf(value(row, "body_kind"))));
		Map<String, String[]> byUnit = new TreeMap<>();
		for (String item : new TreeSet<>(Inspections.stillFailing(cemeteries.results(inspection.id())))) {
			String kind = routes.getOrDefault(categories.get(item), JOINT);
			String unit = JOINT.equals(kind) ? null : cemeteries
				.enforcementBody("STREET".equals(kind) ? cemetery.code() : inspection.districtCode(), kind);
			if (unit == null) {
				kind = JOINT;
				unit = inspection.enforcementUnitCode();
			}
			String[] entry = byUnit.computeIfAbsent(unit, u -> new String[] { null, "" });
			entry[0] = kind;
			entry[1] = entry[1].isEmpty() ? item : entry[1] + "," + item;
		}
		if (byUnit.isEmpty()) {
			byUnit.put(inspection.enforcementUnitCode(), new String[] { JOINT, "-" });
		}
		Instant now = clock.instant();
		byUnit.forEach((unit, entry) -> cemeteries.insertReferral(
				new EnforcementReferral(inspection.id(), unit, entry[0], entry[1], now, null, null, null, null)));
		audit.recordSystem(inspection.districtCode(), inspection.inspectionNo(), "CEMETERY_ENFORCEMENT_REFERRED",
				"年检不合格，分送执法部门：" + String.join("、", byUnit.keySet().stream().map(orgs::nameOf).toList()), null);
		log.info("[{}] referred to {}", inspection.inspectionNo(), byUnit.keySet());
	}

	private static Object value(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value != null ? value : row.get(column.toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * A task is overdue: its work item is marked and the district's supervisors hear of
	 * it (for the operator's self-report or rectification too, since the operator answers
	 * to the district).
	 */
	@Transactional
	public void escalateOverdue(String processInstanceId, String businessKey, String taskKey) {
		Inspection inspection = cemeteries.inspectionByNo(businessKey);
		String district = inspection != null ? inspection.districtCode()
				: cemeteries.campaignByNo(businessKey).districtCode();
		escalations.escalate(processInstanceId, businessKey, taskKey, district);
		if (inspection != null && CemeteryInspectionProcess.TASK_SELF_INSPECTION.equals(taskKey)) {
			cemeteries.markSelfReportEscalated(inspection.id(), clock.instant());
		}
	}

	/** The inspection ended in one of its closing end events. */
	@Transactional
	public void closed(long inspectionId, String endEventId) {
		Inspection inspection = cemeteries.inspection(inspectionId);
		if (CemeteryInspectionProcess.END_EVENT_QUALIFIED.equals(endEventId) && inspection.result() == null) {
			// findings 合格 on the first inspection
			cemeteries.recordResult(inspectionId, "QUALIFIED", null, inspection.resultBy(), clock.instant());
		}
		cemeteries.closeInspection(inspectionId, clock.instant());
		audit.recordSystem(inspection.districtCode(), inspection.inspectionNo(), "CEMETERY_INSPECTION_CLOSED",
				"检查结束：" + endEventId, null);
	}

	/** The parties of an inspection, as candidate-group units. */
	public record Parties(String operatorUnitCode, String enforcementUnitCode) {
	}

}
