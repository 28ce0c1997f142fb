package org.minzheng.flow.carehome;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.SelectProvider;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.annotations.UpdateProvider;
import org.minzheng.flow.shared.queue.WaitlistMapper;
import org.minzheng.flow.shared.queue.WaitlistSql;
import org.minzheng.flow.shared.queue.WaitlistTables;

/**
 * Care homes, tiers, applications and the queue tables. The statements every queue kind
 * shares are {@link WaitlistMapper}'s ({@link WaitlistSql} over the tables named below,
 * entries ordered by sort key); the home's own (its row, tiers, applications, bed
 * releases) are here. Every state change is a compare-and-set: it names the status it
 * expects and changes nothing (0 rows) when another transaction got there first.
 */
@Mapper
@WaitlistTables(queues = "care_home", events = "carehome_queue_event", entries = "carehome_queue_entry",
		slots = "carehome_bed_release", offers = "carehome_offer", queueColumn = "home_code", slot = "release",
		sortColumn = "sort_key")
interface CareHomeMapper extends
		WaitlistMapper<CareQueueEvent, CareQueueRows.Entry, CareQueueRows.Release, CareQueueRows.Offer, CareQueueRows.Key> {

	// ---- homes and tiers ----

	@Insert("INSERT INTO care_home (code, name, name_en, district_code, address, beds, min_care_level, answer_days, "
			+ "max_declines, source, chain_seq, chain_hash, created_at) VALUES (#{code}, #{name}, #{nameEn}, "
			+ "#{districtCode}, #{address}, #{beds}, #{minCareLevel}, #{answerDays}, #{maxDeclines}, #{source}, 0, "
			+ "#{chainHash}, #{createdAt})")
	void insertHome(CareHome home);

	@SelectProvider(type = WaitlistSql.class, method = "queue")
	CareHome home(String code);

	/**
	 * Locks the home's chain head until the transaction ends: one queue operation at a
	 * time.
	 */
	@SelectProvider(type = WaitlistSql.class, method = "lockQueue")
	CareHome lockHome(String code);

	@SelectProvider(type = WaitlistSql.class, method = "queues")
	List<CareHome> homes();

	@Select("SELECT * FROM carehome_priority_tier ORDER BY tier_rank")
	List<PriorityTier> tiers();

	@Select("SELECT * FROM carehome_priority_tier WHERE code = #{code}")
	PriorityTier tier(String code);

	// ---- an offer's process (ElderlyCareHomeOfferProcess) ----

	@Select("SELECT * FROM carehome_offer WHERE id = #{id}")
	CareQueueRows.Offer offer(long id);

	/**
	 * Records the offer process carrying the offer through time (an offer made before
	 * V651 has none).
	 */
	@Update("UPDATE carehome_offer SET process_instance_id = #{pi} WHERE id = #{id}")
	void setOfferProcess(@Param("id") long id, @Param("pi") String processInstanceId);

	@Select("SELECT process_instance_id FROM carehome_offer WHERE id = #{id}")
	String offerProcess(long id);

	// ---- applications ----

	@Insert("INSERT INTO carehome_application (application_no, home_code, district_code, unit_code, applicant_name, "
			+ "id_number_masked, live_id_key, birth_date, tier_code, status, submitted_by, submitted_at) VALUES "
			+ "(#{a.applicationNo}, #{a.homeCode}, #{a.districtCode}, #{a.unitCode}, #{a.applicantName}, "
			+ "#{a.idNumberMasked}, #{a.liveIdKey}, #{a.birthDate}, #{a.tierCode}, #{a.status}, #{a.submittedBy}, "
			+ "#{a.submittedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertApplication(@Param("key") CareQueueRows.Key key, @Param("a") CareHomeApplication application);

	@Update("UPDATE carehome_application SET application_no = #{no} WHERE id = #{id}")
	void numberApplication(@Param("id") long id, @Param("no") String no);

	@Select("SELECT COUNT(*) FROM carehome_application WHERE live_id_key = #{key}")
	int liveApplications(String liveIdKey);

	@Select("SELECT * FROM carehome_application WHERE id = #{id}")
	CareHomeApplication application(long id);

	@Select("SELECT * FROM carehome_application WHERE application_no = #{no}")
	CareHomeApplication applicationByNo(String no);

	@Select("SELECT * FROM carehome_application WHERE home_code = #{home} ORDER BY id")
	List<CareHomeApplication> applicationsOf(String home);

	@Select("<script>SELECT * FROM carehome_application WHERE unit_code IN "
			+ "<foreach item='d' collection='districts' open='(' separator=',' close=')'>#{d}</foreach> "
			+ "ORDER BY id DESC LIMIT 500</script>")
	List<CareHomeApplication> applicationsIn(@Param("districts") java.util.Collection<String> districts);

	@Update("UPDATE carehome_application SET status = #{to}, care_level = #{level}, assessment_opinion = #{opinion}, "
			+ "assessed_by = #{by}, assessed_at = #{now}, live_id_key = CASE WHEN #{to} = 'NOT_ELIGIBLE' THEN NULL "
			+ "ELSE live_id_key END, closed_at = CASE WHEN #{to} = 'NOT_ELIGIBLE' THEN #{now} ELSE NULL END "
			+ "WHERE id = #{id} AND status = 'ASSESSING'")
	int assess(@Param("id") long id, @Param("to") CareHomeApplication.Status to, @Param("level") int level,
			@Param("opinion") String opinion, @Param("by") String by, @Param("now") Instant now);

	@Update("UPDATE carehome_application SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int transition(@Param("id") long id, @Param("from") CareHomeApplication.Status from,
			@Param("to") CareHomeApplication.Status to);

	/** Moves to a final status: the elder may apply again. */
	@Update("UPDATE carehome_application SET status = #{to}, live_id_key = NULL, closed_at = #{now} "
			+ "WHERE id = #{id} AND status = #{from}")
	int close(@Param("id") long id, @Param("from") CareHomeApplication.Status from,
			@Param("to") CareHomeApplication.Status to, @Param("now") Instant now);

	@Select("<script>SELECT application_no AS n FROM carehome_application WHERE application_no LIKE 'YL-%' "
			+ "<if test='after != null'>AND application_no &gt; #{after}</if> ORDER BY application_no LIMIT #{limit}</script>")
	List<String> applicationNumbers(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM carehome_application WHERE application_no LIKE 'YL-%'")
	long applicationCount();

	// ---- entries ----

	@Insert("INSERT INTO carehome_queue_entry (home_code, application_id, application_no, sort_key, status, passes) "
			+ "VALUES (#{home}, #{applicationId}, #{applicationNo}, #{sortKey}, 'WAITING', 0)")
	void insertEntry(@Param("home") String home, @Param("applicationId") long applicationId,
			@Param("applicationNo") String applicationNo, @Param("sortKey") String sortKey);

	// ---- bed releases ----

	@Insert("INSERT INTO carehome_bed_release (release_no, home_code, bed_label, status, released_by, released_at) "
			+ "VALUES (#{no}, #{home}, #{bed}, 'OPEN', #{by}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertRelease(@Param("key") CareQueueRows.Key key, @Param("no") String no, @Param("home") String home,
			@Param("bed") String bedLabel, @Param("by") String by, @Param("now") Instant now);

	@UpdateProvider(type = WaitlistSql.class, method = "numberSlot")
	void numberRelease(@Param("id") long id, @Param("no") String no);

	@SelectProvider(type = WaitlistSql.class, method = "slot")
	CareQueueRows.Release release(long id);

	@SelectProvider(type = WaitlistSql.class, method = "slots")
	List<CareQueueRows.Release> releases(String home);

	@Select("SELECT COUNT(*) FROM carehome_bed_release WHERE home_code = #{home} AND status <> 'FILLED'")
	int unfilledReleases(String home);

	@UpdateProvider(type = WaitlistSql.class, method = "moveSlot")
	int moveRelease(@Param("id") long id, @Param("from") String from, @Param("to") String to,
			@Param("filledAt") Instant filledAt);

}
