package org.minzheng.flow.cemetery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The cemetery tables. Status changes are compare-and-set updates. */
@Mapper
interface CemeteryMapper {

	String CEMETERY = "SELECT id, code, name, district_code, address, operator_name, operator_uscc, operator_unit_code, "
			+ "land_area_sqm, approved_plots, licence_no, licence_valid_until, commercial, updated_at FROM cemetery ";

	String CAMPAIGN = "SELECT id, campaign_no, campaign_year, district_code, checklist_version_id, status, opened_by, "
			+ "opened_at, process_instance_id, total_count, qualified_count, rectify_pending_count, unqualified_count, "
			+ "summary_note, submitted_by, submitted_at, city_decision, city_reason, city_reviewed_by, city_reviewed_at, "
			+ "published_at, closed_at FROM cemetery_campaign ";

	String INSPECTION = "SELECT id, inspection_no, campaign_id, cemetery_id, district_code, operator_unit_code, "
			+ "enforcement_unit_code, process_instance_id, opened_at, self_report_escalated_at, document_returns, findings, "
			+ "rectification_ordered_at, rectification_due, rectification_order, rectification_report, "
			+ "rectification_submitted_at, result, result_opinion, result_by, result_at, credit_record_no, "
			+ "credit_reported_at, enforcement_decision, enforcement_note, closed_at FROM cemetery_inspection ";

	// ---- master data ----

	@Select("<script>" + CEMETERY + "WHERE district_code IN "
			+ "<foreach item='d' collection='districts' open='(' separator=',' close=')'>#{d}</foreach> ORDER BY code</script>")
	List<Cemetery> cemeteriesIn(@Param("districts") Collection<String> districts);

	@Select("<script>" + CEMETERY + "WHERE operator_unit_code IN "
			+ "<foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach> ORDER BY code</script>")
	List<Cemetery> cemeteriesOperatedBy(@Param("units") Collection<String> units);

	@Select(CEMETERY + "WHERE code = #{code}")
	Cemetery cemetery(String code);

	@Select(CEMETERY + "WHERE id = #{id}")
	Cemetery cemeteryById(long id);

	@Select(CEMETERY + "WHERE district_code = #{district} AND commercial = TRUE ORDER BY code")
	List<Cemetery> commercialIn(String district);

	@Select("SELECT DISTINCT district_code FROM cemetery WHERE commercial = TRUE ORDER BY district_code")
	List<String> districtsWithCommercialCemeteries();

	@Update("UPDATE cemetery SET operator_name = #{c.operatorName}, operator_uscc = #{c.operatorUscc}, "
			+ "land_area_sqm = #{c.landAreaSqm}, approved_plots = #{c.approvedPlots}, licence_no = #{c.licenceNo}, "
			+ "licence_valid_until = #{c.licenceValidUntil}, updated_at = #{c.updatedAt} WHERE id = #{c.id}")
	int updateCemetery(@Param("c") Cemetery cemetery);

	@Select("SELECT item_code, seq, name, tier, unit, price_yuan FROM cemetery_price_item WHERE cemetery_id = #{id} "
			+ "ORDER BY seq")
	List<PriceItem> prices(long cemeteryId);

	@Delete("DELETE FROM cemetery_price_item WHERE cemetery_id = #{id}")
	int deletePrices(long cemeteryId);

	@Insert("INSERT INTO cemetery_price_item (cemetery_id, item_code, seq, name, tier, unit, price_yuan) "
			+ "VALUES (#{id}, #{p.itemCode}, #{p.seq}, #{p.name}, #{p.tier}, #{p.unit}, #{p.priceYuan})")
	int insertPrice(@Param("id") long cemeteryId, @Param("p") PriceItem price);

	@Select("SELECT unit_code FROM cemetery_enforcement_unit WHERE district_code = #{district}")
	String enforcementUnit(String district);

	// ---- checklist ----

	@Select("SELECT id, version_no, title, published_by, published_at FROM cemetery_checklist_version "
			+ "ORDER BY version_no DESC LIMIT 1")
	ChecklistHeader currentChecklist();

	@Select("SELECT id, version_no, title, published_by, published_at FROM cemetery_checklist_version WHERE id = #{id}")
	ChecklistHeader checklist(long id);

	@Select("SELECT id, version_no, title, published_by, published_at FROM cemetery_checklist_version "
			+ "ORDER BY version_no DESC")
	List<ChecklistHeader> checklists();

	@Select("SELECT item_code, seq, category, item_text FROM cemetery_checklist_item WHERE version_id = #{id} ORDER BY seq")
	List<ChecklistItem> checklistItems(long versionId);

	@Insert("INSERT INTO cemetery_checklist_version (version_no, title, published_by, published_at) "
			+ "VALUES (#{versionNo}, #{title}, #{publishedBy}, #{publishedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	int insertChecklist(@Param("key") Key key, @Param("versionNo") int versionNo, @Param("title") String title,
			@Param("publishedBy") String publishedBy, @Param("publishedAt") Instant publishedAt);

	@Insert("INSERT INTO cemetery_checklist_item (version_id, item_code, seq, category, item_text) "
			+ "VALUES (#{versionId}, #{i.itemCode}, #{i.seq}, #{i.category}, #{i.itemText})")
	int insertChecklistItem(@Param("versionId") long versionId, @Param("i") ChecklistItem item);

	// ---- campaigns ----

	@Insert("INSERT INTO cemetery_campaign (campaign_no, campaign_year, district_code, checklist_version_id, status, "
			+ "opened_by, opened_at) VALUES (#{no}, #{year}, #{district}, #{checklist}, 'IN_PROGRESS', #{by}, #{at})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	int insertCampaign(@Param("key") Key key, @Param("no") String campaignNo, @Param("year") int year,
			@Param("district") String district, @Param("checklist") long checklistVersionId,
			@Param("by") String openedBy, @Param("at") Instant openedAt);

	@Update("UPDATE cemetery_campaign SET process_instance_id = #{pid} WHERE id = #{id}")
	int setCampaignProcess(@Param("id") long id, @Param("pid") String processInstanceId);

	@Select(CAMPAIGN + "WHERE id = #{id}")
	Campaign campaign(long id);

	@Select(CAMPAIGN + "WHERE campaign_no = #{no}")
	Campaign campaignByNo(String campaignNo);

	@Select(CAMPAIGN + "WHERE campaign_year = #{year} AND district_code = #{district}")
	Campaign campaignOf(@Param("year") int year, @Param("district") String district);

	@Select("<script>" + CAMPAIGN + "WHERE district_code IN "
			+ "<foreach item='d' collection='districts' open='(' separator=',' close=')'>#{d}</foreach>"
			+ "<if test='year != null'> AND campaign_year = #{year}</if> ORDER BY campaign_year DESC, district_code</script>")
	List<Campaign> campaigns(@Param("districts") Collection<String> districts, @Param("year") Integer year);

	@Select(CAMPAIGN + "WHERE opened_by = #{user} ORDER BY opened_at DESC LIMIT #{limit} OFFSET #{offset}")
	List<Campaign> campaignsOpenedBy(@Param("user") String username, @Param("offset") int offset,
			@Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM cemetery_campaign WHERE opened_by = #{user}")
	long countCampaignsOpenedBy(@Param("user") String username);

	/*
	 * Status changes are compare-and-set: {@code from} is the status read, {@code to}
	 * what {@code from.moveTo(…)} allowed (see CampaignStatus); 0 rows when it changed
	 * since.
	 */

	@Update("UPDATE cemetery_campaign SET status = #{to}, total_count = #{total}, qualified_count = #{qualified}, "
			+ "rectify_pending_count = #{pending}, unqualified_count = #{unqualified} WHERE id = #{id} AND status = #{from}")
	int compileSummary(@Param("id") long id, @Param("from") CampaignStatus from, @Param("to") CampaignStatus to,
			@Param("total") int total, @Param("qualified") int qualified, @Param("pending") int rectifyPending,
			@Param("unqualified") int unqualified);

	@Update("UPDATE cemetery_campaign SET status = #{to}, summary_note = #{note}, submitted_by = #{by}, "
			+ "submitted_at = #{at} WHERE id = #{id} AND status = #{from}")
	int submitSummary(@Param("id") long id, @Param("from") CampaignStatus from, @Param("to") CampaignStatus to,
			@Param("note") String note, @Param("by") String by, @Param("at") Instant at);

	@Update("UPDATE cemetery_campaign SET status = #{to}, city_decision = #{decision}, city_reason = #{reason}, "
			+ "city_reviewed_by = #{by}, city_reviewed_at = #{at} WHERE id = #{id} AND status = #{from}")
	int cityReview(@Param("id") long id, @Param("from") CampaignStatus from, @Param("to") CampaignStatus to,
			@Param("decision") String decision, @Param("reason") String reason, @Param("by") String by,
			@Param("at") Instant at);

	@Update("UPDATE cemetery_campaign SET status = #{to}, submitted_by = NULL, submitted_at = NULL "
			+ "WHERE id = #{id} AND status = #{from}")
	int reopenSummary(@Param("id") long id, @Param("from") CampaignStatus from, @Param("to") CampaignStatus to);

	@Update("UPDATE cemetery_campaign SET published_at = #{at} WHERE id = #{id}")
	int publish(@Param("id") long id, @Param("at") Instant at);

	@Update("UPDATE cemetery_campaign SET closed_at = #{at} WHERE id = #{id} AND closed_at IS NULL")
	int closeCampaign(@Param("id") long id, @Param("at") Instant at);

	// ---- inspections ----

	@Insert("INSERT INTO cemetery_inspection (inspection_no, campaign_id, cemetery_id, district_code, "
			+ "operator_unit_code, enforcement_unit_code, opened_at) VALUES (#{no}, #{campaign}, #{cemetery}, "
			+ "#{district}, #{operator}, #{enforcement}, #{at})")
	int insertInspection(@Param("no") String inspectionNo, @Param("campaign") long campaignId,
			@Param("cemetery") long cemeteryId, @Param("district") String district,
			@Param("operator") String operatorUnit, @Param("enforcement") String enforcementUnit,
			@Param("at") Instant openedAt);

	@Select(INSPECTION + "WHERE id = #{id}")
	Inspection inspection(long id);

	@Select(INSPECTION + "WHERE inspection_no = #{no}")
	Inspection inspectionByNo(String inspectionNo);

	@Select(INSPECTION + "WHERE campaign_id = #{id} ORDER BY inspection_no")
	List<Inspection> inspectionsOf(long campaignId);

	@Select("<script>" + INSPECTION + "WHERE district_code IN "
			+ "<foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach> OR operator_unit_code IN "
			+ "<foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach> "
			+ "OR (result = 'UNQUALIFIED' AND enforcement_unit_code IN "
			+ "<foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach>) "
			+ "OR (result = 'UNQUALIFIED' AND id IN (SELECT inspection_id FROM cemetery_enforcement_referral "
			+ "WHERE unit_code IN <foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach>)) "
			+ "ORDER BY id DESC LIMIT 200</script>")
	List<Inspection> inspectionsFor(@Param("units") Collection<String> units);

	@Update("UPDATE cemetery_inspection SET process_instance_id = #{pid} WHERE id = #{id}")
	int setInspectionProcess(@Param("id") long id, @Param("pid") String processInstanceId);

	@Update("UPDATE cemetery_inspection SET self_report_escalated_at = #{at} WHERE id = #{id} "
			+ "AND self_report_escalated_at IS NULL")
	int markSelfReportEscalated(@Param("id") long id, @Param("at") Instant at);

	@Update("UPDATE cemetery_inspection SET document_returns = document_returns + 1 WHERE id = #{id}")
	int countDocumentReturn(long id);

	@Update("UPDATE cemetery_inspection SET findings = #{findings}, rectification_ordered_at = #{at}, "
			+ "rectification_due = #{due}, rectification_order = #{order} WHERE id = #{id} AND result IS NULL")
	int recordFindings(@Param("id") long id, @Param("findings") String findings, @Param("at") Instant at,
			@Param("due") LocalDate due, @Param("order") String order);

	@Update("UPDATE cemetery_inspection SET rectification_report = #{report}, rectification_submitted_at = #{at} "
			+ "WHERE id = #{id} AND rectification_ordered_at IS NOT NULL")
	int recordRectification(@Param("id") long id, @Param("report") String report, @Param("at") Instant at);

	@Update("UPDATE cemetery_inspection SET result = #{result}, result_opinion = #{opinion}, result_by = #{by}, "
			+ "result_at = #{at} WHERE id = #{id} AND result IS NULL")
	int recordResult(@Param("id") long id, @Param("result") String result, @Param("opinion") String opinion,
			@Param("by") String by, @Param("at") Instant at);

	@Update("UPDATE cemetery_inspection SET result = NULL, result_opinion = NULL, result_by = NULL, result_at = NULL, "
			+ "findings = NULL, rectification_ordered_at = NULL, rectification_due = NULL, rectification_order = NULL "
			+ "WHERE id = #{id} AND closed_at IS NULL")
	int reopenFindings(long id);

	@Update("UPDATE cemetery_inspection SET result = NULL, result_opinion = NULL, result_by = NULL, result_at = NULL "
			+ "WHERE id = #{id} AND closed_at IS NULL")
	int reopenResult(long id);

	@Update("UPDATE cemetery_inspection SET rectification_due = #{due}, rectification_submitted_at = NULL "
			+ "WHERE id = #{id}")
	int extendRectification(@Param("id") long id, @Param("due") LocalDate due);

	@Update("UPDATE cemetery_inspection SET result = #{result}, result_opinion = #{opinion}, result_by = #{by}, "
			+ "result_at = #{at} WHERE id = #{id} AND result = 'RECTIFY_PENDING'")
	int recordFinalResult(@Param("id") long id, @Param("result") String result, @Param("opinion") String opinion,
			@Param("by") String by, @Param("at") Instant at);

	@Update("UPDATE cemetery_inspection SET result = 'RECTIFY_PENDING' WHERE id = #{id} AND closed_at IS NULL "
			+ "AND result IN ('QUALIFIED', 'UNQUALIFIED')")
	int reopenFinalResult(long id);

	// ---- referral to the bodies that act ----

	@Select("SELECT category, body_kind FROM cemetery_enforcement_route")
	List<java.util.Map<String, Object>> enforcementRoutes();

	@Select("SELECT unit_code FROM cemetery_enforcement_body WHERE scope_code = #{scope} AND body_kind = #{kind}")
	String enforcementBody(@Param("scope") String scope, @Param("kind") String kind);

	@Insert("INSERT INTO cemetery_enforcement_referral (inspection_id, unit_code, body_kind, item_codes, referred_at) "
			+ "VALUES (#{inspectionId}, #{unitCode}, #{bodyKind}, #{itemCodes}, #{referredAt})")
	void insertReferral(EnforcementReferral referral);

	@Select("SELECT inspection_id, unit_code, body_kind, item_codes, referred_at, decision, note, reported_by, "
			+ "reported_at FROM cemetery_enforcement_referral WHERE inspection_id = #{id} ORDER BY unit_code")
	List<EnforcementReferral> referrals(long inspectionId);

	@Update("UPDATE cemetery_enforcement_referral SET decision = #{decision}, note = #{note}, reported_by = #{by}, "
			+ "reported_at = #{at} WHERE inspection_id = #{id} AND unit_code = #{unit} AND reported_at IS NULL")
	int reportReferral(@Param("id") long inspectionId, @Param("unit") String unitCode,
			@Param("decision") String decision, @Param("note") String note, @Param("by") String by,
			@Param("at") Instant at);

	@Update("UPDATE cemetery_inspection SET credit_record_no = #{no}, credit_reported_at = #{at} WHERE id = #{id}")
	int recordCredit(@Param("id") long id, @Param("no") String recordNo, @Param("at") Instant at);

	@Update("UPDATE cemetery_inspection SET enforcement_decision = #{decision}, enforcement_note = #{note} "
			+ "WHERE id = #{id}")
	int recordEnforcement(@Param("id") long id, @Param("decision") String decision, @Param("note") String note);

	@Update("UPDATE cemetery_inspection SET closed_at = #{at} WHERE id = #{id} AND closed_at IS NULL")
	int closeInspection(@Param("id") long id, @Param("at") Instant at);

	// ---- self report, checklist answers, site visits ----

	@Delete("DELETE FROM cemetery_self_report WHERE inspection_id = #{id}")
	int deleteSelfReport(long inspectionId);

	@Insert("INSERT INTO cemetery_self_report (inspection_id, plots_sold, plots_over_size_limit, pre_sales, "
			+ "eco_burial_percent, complaints, highest_price_charged_yuan, prices_within_catalogue, price_note, note, "
			+ "submitted_by, submitted_at) VALUES (#{r.inspectionId}, #{r.plotsSold}, #{r.plotsOverSizeLimit}, #{r.preSales}, "
			+ "#{r.ecoBurialPercent}, #{r.complaints}, #{r.highestPriceChargedYuan}, #{r.pricesWithinCatalogue}, "
			+ "#{r.priceNote}, #{r.note}, #{r.submittedBy}, #{r.submittedAt})")
	int insertSelfReport(@Param("r") SelfReport report);

	@Select("SELECT inspection_id, plots_sold, plots_over_size_limit, pre_sales, eco_burial_percent, complaints, "
			+ "highest_price_charged_yuan, prices_within_catalogue, price_note, note, submitted_by, submitted_at FROM cemetery_self_report "
			+ "WHERE inspection_id = #{id}")
	SelfReport selfReport(long inspectionId);

	@Delete("DELETE FROM cemetery_check_result WHERE inspection_id = #{id} AND round_no = #{round}")
	int deleteResults(@Param("id") long inspectionId, @Param("round") int round);

	@Insert("INSERT INTO cemetery_check_result (inspection_id, round_no, item_code, result, remark, photo_attachment_id, "
			+ "checked_by, checked_at) VALUES (#{r.inspectionId}, #{r.roundNo}, #{r.itemCode}, #{r.result}, #{r.remark}, "
			+ "#{r.photoAttachmentId}, #{r.checkedBy}, #{r.checkedAt})")
	int insertResult(@Param("r") CheckResult result);

	@Select("SELECT inspection_id, round_no, item_code, result, remark, photo_attachment_id, checked_by, checked_at "
			+ "FROM cemetery_check_result WHERE inspection_id = #{id} ORDER BY round_no, item_code")
	List<CheckResult> results(long inspectionId);

	@Delete("DELETE FROM cemetery_site_visit WHERE inspection_id = #{id} AND round_no = #{round}")
	int deleteVisit(@Param("id") long inspectionId, @Param("round") int round);

	@Insert("INSERT INTO cemetery_site_visit (inspection_id, round_no, latitude, longitude, place, inspector, visited_at) "
			+ "VALUES (#{v.inspectionId}, #{v.roundNo}, #{v.latitude}, #{v.longitude}, #{v.place}, #{v.inspector}, "
			+ "#{v.visitedAt})")
	int insertVisit(@Param("v") SiteVisit visit);

	@Select("SELECT inspection_id, round_no, latitude, longitude, place, inspector, visited_at FROM cemetery_site_visit "
			+ "WHERE inspection_id = #{id} ORDER BY round_no")
	List<SiteVisit> visits(long inspectionId);

	/** A checklist version without its items. */
	record ChecklistHeader(long id, int versionNo, String title, String publishedBy, Instant publishedAt) {

		ChecklistVersion with(List<ChecklistItem> items) {
			return new ChecklistVersion(id, versionNo, title, publishedBy, publishedAt, items);
		}

	}

	/** Mutable holder for a generated key. */
	final class Key {

		public Long id;

	}

}
