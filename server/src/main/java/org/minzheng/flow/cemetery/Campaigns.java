package org.minzheng.flow.cemetery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processes.cemetery.CemeteryCampaignProcess;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess.ResultDecision;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts {@code CemeteryCampaignProcess}: a district's yearly campaign
 * with one inspection per commercial cemetery, opened by the district administrator or by
 * the timer before Qingming; its progress, the district summary and the city's view.
 */
@Service
public class Campaigns {

	/** The city bureau, which reviews every district's campaign. */
	public static final String CITY = "440300";

	private static final Logger log = LoggerFactory.getLogger(Campaigns.class);

	private final CemeteryMapper cemeteries;

	private final Checklists checklists;

	private final OrgDirectory orgs;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final Clock clock;

	Campaigns(CemeteryMapper cemeteries, Checklists checklists, OrgDirectory orgs, Workflow workflow, AuditTrail audit,
			Clock clock) {
		this.cemeteries = cemeteries;
		this.checklists = checklists;
		this.orgs = orgs;
		this.workflow = workflow;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The district administrator opens the year's campaign: one inspection per commercial
	 * cemetery of the district, each offered first to its operator for self-inspection.
	 */
	@Transactional
	public Campaign open(String districtCode, Integer year, StaffUser admin) {
		OrgUnit district = orgs.find(districtCode)
			.filter(OrgUnit::isDistrict)
			.orElseThrow(() -> ApiException.badRequest("UNKNOWN_DISTRICT", "districtCode", "区代码不存在"));
		if (!admin.covers(BusinessLine.CEMETERY, Role.ADMIN, district.code())) {
			throw ApiException.forbidden("NOT_DISTRICT_ADMIN", "只有本区管理员可以启动本区的年度检查");
		}
		int thisYear = Year.now(clock).getValue();
		if (year == null || year < thisYear || year > thisYear + 1) {
			throw ApiException.badRequest("YEAR_OUT_OF_RANGE", "year", "只能启动今年或明年的年度检查");
		}
		return openFor(district, year, admin.username(), Role.ADMIN.name());
	}

	/**
	 * The timer before Qingming: opens this year's campaign of every district that has
	 * commercial cemeteries and no campaign yet.
	 * @return the campaigns opened
	 */
	@Transactional
	public List<Campaign> openDue() {
		int year = Year.now(clock).getValue();
		List<Campaign> opened = new ArrayList<>();
		for (String district : cemeteries.districtsWithCommercialCemeteries()) {
			if (cemeteries.campaignOf(year, district) == null) {
				opened.add(openFor(orgs.find(district).orElseThrow(), year, AuditTrail.SYSTEM_ACTOR,
						AuditTrail.SYSTEM_ROLE));
			}
		}
		return opened;
	}

	private Campaign openFor(OrgUnit district, int year, String actor, String role) {
		if (cemeteries.campaignOf(year, district.code()) != null) {
			throw ApiException.conflict("CAMPAIGN_EXISTS", "{0}{1} 年度检查已经启动", district.name(), year);
		}
		List<Cemetery> commercial = cemeteries.commercialIn(district.code());
		if (commercial.isEmpty()) {
			throw ApiException.conflict("NO_COMMERCIAL_CEMETERIES", "{0}没有经营性公墓，无需年检", district.name());
		}
		String enforcement = Optional.ofNullable(cemeteries.enforcementUnit(district.code()))
			.orElseThrow(() -> ApiException.conflict("NO_ENFORCEMENT_UNIT", "{0}尚未登记殡葬联合执法单位", district.name()));
		ChecklistVersion checklist = checklists.current();
		String campaignNo = "CEM-" + district.code() + "-" + year;
		CemeteryMapper.Key key = new CemeteryMapper.Key();
		Instant now = clock.instant();
		try {
			cemeteries.insertCampaign(key, campaignNo, year, district.code(), checklist.id(), actor, now);
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("CAMPAIGN_EXISTS", "{0}{1} 年度检查已经启动", district.name(), year);
		}
		for (int i = 0; i < commercial.size(); i++) {
			Cemetery cemetery = commercial.get(i);
			cemeteries.insertInspection("%s-%02d".formatted(campaignNo, i + 1), key.id, cemetery.id(), district.code(),
					cemetery.operatorUnitCode(), enforcement, now);
		}
		String processInstanceId = workflow.start(CemeteryCampaignProcess.PROCESS_KEY, campaignNo,
				Map.of(CemeteryCampaignProcess.VAR_CAMPAIGN_ID, key.id, CemeteryCampaignProcess.VAR_DISTRICT_CODE,
						district.code(), CemeteryCampaignProcess.VAR_CITY_CODE,
						Optional.ofNullable(district.parentCode()).orElse(CITY)));
		cemeteries.setCampaignProcess(key.id, processInstanceId);
		audit.record(new AuditRecord(actor, role, district.code(), campaignNo, "CEMETERY_CAMPAIGN_OPENED",
				"启动" + district.name() + year + "年经营性公墓年度检查：" + commercial.size() + " 个公墓，检查表第 " + checklist.versionNo()
						+ " 版",
				null));
		for (int i = 0; i < commercial.size(); i++) {
			audit.record(new AuditRecord(actor, role, district.code(), "%s-%02d".formatted(campaignNo, i + 1),
					"CEMETERY_INSPECTION_OPENED", "列入" + year + "年度经营性公墓年检：" + commercial.get(i).name(), null));
		}
		log.info("[{}] campaign opened by {} with {} inspections", campaignNo, actor, commercial.size());
		return cemeteries.campaign(key.id);
	}

	/** A campaign the user may see (district staff and the city), or 404. */
	@Transactional(readOnly = true)
	public Campaign visible(String campaignNo, StaffUser user) {
		return Optional.ofNullable(cemeteries.campaignByNo(campaignNo))
			.filter(c -> CemeteryReaders.reads(user, CemeteryReaders.STAFF, c.districtCode()))
			.orElseThrow(() -> ApiException.notFound("CAMPAIGN_NOT_FOUND", "年度检查不存在或无权查看"));
	}

	/** Campaigns of the districts in the user's scope, optionally of one year. */
	@Transactional(readOnly = true)
	public List<Campaign> list(StaffUser user, Integer year) {
		List<String> districts = CemeteryReaders.units(user, CemeteryReaders.STAFF)
			.stream()
			.filter(code -> orgs.find(code).filter(OrgUnit::isDistrict).isPresent())
			.toList();
		return districts.isEmpty() ? List.of() : cemeteries.campaigns(districts, year);
	}

	/** Ids of the campaign's inspections, for the multi-instance call activity. */
	@Transactional(readOnly = true)
	public List<Long> inspectionIds(long campaignId) {
		return cemeteries.inspectionsOf(campaignId).stream().map(Inspection::id).toList();
	}

	/** Business key of an inspection's process. */
	@Transactional(readOnly = true)
	public String inspectionNo(long inspectionId) {
		return cemeteries.inspection(inspectionId).inspectionNo();
	}

	/** Every inspection ended: counts by result for the district's summary. */
	@Transactional
	public void compileSummary(long campaignId) {
		List<Inspection> inspections = cemeteries.inspectionsOf(campaignId);
		int qualified = count(inspections, ResultDecision.QUALIFIED);
		int pending = count(inspections, ResultDecision.RECTIFY_PENDING);
		int unqualified = count(inspections, ResultDecision.UNQUALIFIED);
		Campaign campaign = cemeteries.campaign(campaignId);
		if (campaign.status() == CampaignStatus.IN_PROGRESS) {
			cemeteries.compileSummary(campaignId, campaign.status(), campaign.status().moveTo(CampaignStatus.SUMMARY),
					inspections.size(), qualified, pending, unqualified);
		}
		audit.recordSystem(campaign.districtCode(), campaign.campaignNo(), "CEMETERY_CAMPAIGN_SUMMARISED",
				"检查完毕：共 " + inspections.size() + " 个公墓，合格 " + qualified + "，限期整改 " + pending + "，不合格 " + unqualified,
				null);
	}

	/** The city accepted the summary: the results are public. */
	@Transactional
	public void publish(long campaignId) {
		Campaign campaign = cemeteries.campaign(campaignId);
		cemeteries.publish(campaignId, clock.instant());
		audit.recordSystem(campaign.districtCode(), campaign.campaignNo(), "CEMETERY_RESULTS_PUBLISHED", "公布年检结果",
				null);
	}

	@Transactional
	public void closed(long campaignId) {
		cemeteries.closeCampaign(campaignId, clock.instant());
	}

	private static int count(List<Inspection> inspections, ResultDecision result) {
		return (int) inspections.stream().filter(i -> result.name().equals(i.result())).count();
	}

	Instant now() {
		return clock.instant();
	}

	/** Today in the bureau's zone, for deadline comparisons. */
	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
	}

}
