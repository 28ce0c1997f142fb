package org.minzheng.flow.carehome;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Care homes, tiers, applications and the queue tables. Every state change is a
 * compare-and-set: it names the status it expects and changes nothing (0 rows) when
 * another transaction got there first.
 */
@Mapper
interface CareHomeMapper {

	// ---- homes and tiers ----

	@Insert("INSERT INTO care_home (code, name, name_en, district_code, address, beds, min_care_level, answer_days, "
			+ "max_declines, source, chain_seq, chain_hash, created_at) VALUES (#{code}, #{name}, #{nameEn}, "
			+ "#{districtCode}, #{address}, #{beds}, #{minCareLevel}, #{answerDays}, #{maxDeclines}, #{source}, 0, "
			+ "#{chainHash}, #{createdAt})")
	void insertHome(CareHome home);

	@Select("SELECT * FROM care_home WHERE code = #{code}")
	CareHome home(String code);

	/**
	 * Locks the home's chain head until the transaction ends: one queue operation at a
	 * time.
	 */
	@Select("SELECT * FROM care_home WHERE code = #{code} FOR UPDATE")
	CareHome lockHome(String code);

	@Select("SELECT * FROM care_home ORDER BY district_code, code")
	List<CareHome> homes();

	@Update("UPDATE care_home SET chain_seq = #{seq}, chain_hash = #{hash} WHERE code = #{code} AND chain_seq = #{seq} - 1")
	int moveHead(@Param("code") String code, @Param("seq") long seq, @Param("hash") String hash);

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

	// ---- events ----

	@Insert("INSERT INTO carehome_queue_event (home_code, seq, occurred_at, event_type, application_no, release_no, "
			+ "offer_no, detail, actor, prev_hash, hash) VALUES (#{e.homeCode}, #{e.seq}, #{at}, #{e.eventType}, "
			+ "#{e.applicationNo}, #{e.releaseNo}, #{e.offerNo}, #{e.detail}, #{e.actor}, #{e.prevHash}, #{e.hash})")
	void insertEvent(@Param("e") CareQueueEvent event, @Param("at") String occurredAt);

	@Select("SELECT * FROM carehome_queue_event WHERE home_code = #{home} AND seq > #{afterSeq} ORDER BY seq LIMIT #{limit}")
	List<CareQueueEvent> events(@Param("home") String home, @Param("afterSeq") long afterSeq,
			@Param("limit") int limit);

	// ---- entries ----

	@Insert("INSERT INTO carehome_queue_entry (home_code, application_id, application_no, sort_key, status, passes) "
			+ "VALUES (#{home}, #{applicationId}, #{applicationNo}, #{sortKey}, 'WAITING', 0)")
	void insertEntry(@Param("home") String home, @Param("applicationId") long applicationId,
			@Param("applicationNo") String applicationNo, @Param("sortKey") String sortKey);

	@Select("SELECT * FROM carehome_queue_entry WHERE id = #{id}")
	CareQueueRows.Entry entry(long id);

	@Select("SELECT * FROM carehome_queue_entry WHERE application_id = #{applicationId}")
	CareQueueRows.Entry entryOfApplication(long applicationId);

	@Select("SELECT * FROM carehome_queue_entry WHERE home_code = #{home} ORDER BY sort_key, application_no")
	List<CareQueueRows.Entry> entries(String home);

	@Select("SELECT * FROM carehome_queue_entry WHERE home_code = #{home} AND status = 'WAITING' ORDER BY sort_key, application_no")
	List<CareQueueRows.Entry> waiting(String home);

	/**
	 * The first waiting elder who holds no offer and was never offered this bed: the rule
	 * of {@code WaitlistReplay#nextOffer()}, in SQL.
	 */
	@Select("SELECT e.* FROM carehome_queue_entry e WHERE e.home_code = #{home} AND e.status = 'WAITING' "
			+ "AND NOT EXISTS (SELECT 1 FROM carehome_offer f WHERE f.live_entry_id = e.id) "
			+ "AND NOT EXISTS (SELECT 1 FROM carehome_offer f WHERE f.release_id = #{releaseId} AND f.entry_id = e.id) "
			+ "ORDER BY e.sort_key, e.application_no LIMIT 1")
	CareQueueRows.Entry candidate(@Param("home") String home, @Param("releaseId") long releaseId);

	@Update("UPDATE carehome_queue_entry SET passes = passes + 1 WHERE id = #{id} AND status = 'WAITING'")
	int countPass(long id);

	@Update("UPDATE carehome_queue_entry SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int moveEntry(@Param("id") long id, @Param("from") String from, @Param("to") String to);

	@Update("UPDATE carehome_queue_entry SET status = 'REMOVED', left_reason = #{reason}, left_at = #{now} "
			+ "WHERE id = #{id} AND status = #{from}")
	int removeEntry(@Param("id") long id, @Param("from") String from, @Param("reason") String reason,
			@Param("now") Instant now);

	// ---- bed releases ----

	@Insert("INSERT INTO carehome_bed_release (release_no, home_code, bed_label, status, released_by, released_at) "
			+ "VALUES (#{no}, #{home}, #{bed}, 'OPEN', #{by}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertRelease(@Param("key") CareQueueRows.Key key, @Param("no") String no, @Param("home") String home,
			@Param("bed") String bedLabel, @Param("by") String by, @Param("now") Instant now);

	@Update("UPDATE carehome_bed_release SET release_no = #{no} WHERE id = #{id}")
	void numberRelease(@Param("id") long id, @Param("no") String no);

	@Select("SELECT * FROM carehome_bed_release WHERE id = #{id}")
	CareQueueRows.Release release(long id);

	@Select("SELECT * FROM carehome_bed_release WHERE home_code = #{home} ORDER BY id")
	List<CareQueueRows.Release> releases(String home);

	@Select("SELECT COUNT(*) FROM carehome_bed_release WHERE home_code = #{home} AND status <> 'FILLED'")
	int unfilledReleases(String home);

	/** Free beds without an offer, in release order. */
	@Select("SELECT r.* FROM carehome_bed_release r WHERE r.home_code = #{home} AND r.status = 'OPEN' "
			+ "AND NOT EXISTS (SELECT 1 FROM carehome_offer f WHERE f.live_release_id = r.id) ORDER BY r.id")
	List<CareQueueRows.Release> unoffered(String home);

	@Update("UPDATE carehome_bed_release SET status = #{to}, filled_at = #{filledAt} WHERE id = #{id} AND status = #{from}")
	int moveRelease(@Param("id") long id, @Param("from") String from, @Param("to") String to,
			@Param("filledAt") Instant filledAt);

	// ---- offers ----

	@Insert("INSERT INTO carehome_offer (offer_no, home_code, release_id, entry_id, status, offered_at, answer_deadline, "
			+ "live_release_id, live_entry_id) VALUES (#{no}, #{home}, #{releaseId}, #{entryId}, 'OFFERED', #{now}, "
			+ "#{deadline}, #{releaseId}, #{entryId})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertOffer(@Param("key") CareQueueRows.Key key, @Param("no") String no, @Param("home") String home,
			@Param("releaseId") long releaseId, @Param("entryId") long entryId, @Param("now") Instant now,
			@Param("deadline") Instant deadline);

	@Update("UPDATE carehome_offer SET offer_no = #{no} WHERE id = #{id}")
	void numberOffer(@Param("id") long id, @Param("no") String no);

	@Select("SELECT * FROM carehome_offer WHERE offer_no = #{no}")
	CareQueueRows.Offer offerByNo(String no);

	@Select("SELECT * FROM carehome_offer WHERE live_entry_id = #{entryId}")
	CareQueueRows.Offer liveOfferOf(long entryId);

	@Select("SELECT * FROM carehome_offer WHERE home_code = #{home} ORDER BY id")
	List<CareQueueRows.Offer> offers(String home);

	@Update("UPDATE carehome_offer SET status = 'ACCEPTED', answered_at = #{now} WHERE id = #{id} AND status = 'OFFERED'")
	int acceptOffer(@Param("id") long id, @Param("now") Instant now);

	/** Ends a live offer: it no longer holds its bed nor its elder. */
	@Update("UPDATE carehome_offer SET status = #{to}, answered_at = COALESCE(answered_at, #{now}), live_release_id = NULL, "
			+ "live_entry_id = NULL WHERE id = #{id} AND status = #{from}")
	int endOffer(@Param("id") long id, @Param("from") String from, @Param("to") String to, @Param("now") Instant now);

}
