package org.minzheng.flow.lottery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The queue tables. Every state change is a compare-and-set: it names the status it
 * expects and changes nothing (0 rows) when another transaction got there first.
 */
@Mapper
interface QueueMapper {

	// ---- area and chain head ----

	@Insert("INSERT INTO lottery_area (code, name, district_code, planned_outlets, min_distance_m, answer_working_days, "
			+ "max_declines, chain_seq, chain_hash, created_at) VALUES (#{code}, #{name}, #{districtCode}, #{plannedOutlets}, "
			+ "#{minDistanceM}, #{answerWorkingDays}, #{maxDeclines}, 0, #{chainHash}, #{createdAt})")
	void insertArea(LotteryArea area);

	@Select("SELECT * FROM lottery_area WHERE code = #{code}")
	LotteryArea area(String code);

	/**
	 * Locks the area's chain head until the transaction ends: one queue operation at a
	 * time.
	 */
	@Select("SELECT * FROM lottery_area WHERE code = #{code} FOR UPDATE")
	LotteryArea lockArea(String code);

	@Select("SELECT * FROM lottery_area ORDER BY district_code, code")
	List<LotteryArea> areas();

	@Update("UPDATE lottery_area SET chain_seq = #{seq}, chain_hash = #{hash} WHERE code = #{code} AND chain_seq = #{seq} - 1")
	int moveHead(@Param("code") String code, @Param("seq") long seq, @Param("hash") String hash);

	// ---- events ----

	/**
	 * Appends an event; its time goes as text with milliseconds (the driver is set not to
	 * send fractional seconds), so the stored row hashes as it was hashed.
	 */
	@Insert("INSERT INTO lottery_queue_event (area_code, seq, occurred_at, event_type, application_no, opening_no, offer_no, "
			+ "detail, actor, prev_hash, hash) VALUES (#{e.areaCode}, #{e.seq}, #{at}, #{e.eventType}, #{e.applicationNo}, "
			+ "#{e.openingNo}, #{e.offerNo}, #{e.detail}, #{e.actor}, #{e.prevHash}, #{e.hash})")
	void insertEvent(@Param("e") QueueEvent event, @Param("at") String occurredAt);

	@Select("SELECT * FROM lottery_queue_event WHERE area_code = #{area} AND seq > #{afterSeq} ORDER BY seq LIMIT #{limit}")
	List<QueueEvent> events(@Param("area") String area, @Param("afterSeq") long afterSeq, @Param("limit") int limit);

	// ---- entries ----

	@Insert("INSERT INTO lottery_queue_entry (area_code, application_id, application_no, eligible_at, status, passes) "
			+ "VALUES (#{area}, #{applicationId}, #{applicationNo}, #{eligibleAt}, 'WAITING', 0)")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertEntry(@Param("key") QueueRows.Key key, @Param("area") String area,
			@Param("applicationId") long applicationId, @Param("applicationNo") String applicationNo,
			@Param("eligibleAt") String eligibleAt);

	@Select("SELECT MAX(eligible_at) FROM lottery_queue_entry WHERE area_code = #{area}")
	LocalDateTime lastEligibleAt(String area);

	@Select("SELECT * FROM lottery_queue_entry WHERE id = #{id}")
	QueueRows.Entry entry(long id);

	@Select("SELECT * FROM lottery_queue_entry WHERE application_id = #{applicationId}")
	QueueRows.Entry entryOfApplication(long applicationId);

	@Select("SELECT * FROM lottery_queue_entry WHERE area_code = #{area} ORDER BY eligible_at, application_no")
	List<QueueRows.Entry> entries(String area);

	@Select("SELECT * FROM lottery_queue_entry WHERE area_code = #{area} AND status = 'WAITING' ORDER BY eligible_at, application_no")
	List<QueueRows.Entry> waiting(String area);

	/**
	 * The first waiting applicant who holds no offer and was never offered this opening:
	 * the rule of {@code WaitlistReplay#nextOffer()}, in SQL.
	 */
	@Select("SELECT e.* FROM lottery_queue_entry e WHERE e.area_code = #{area} AND e.status = 'WAITING' "
			+ "AND NOT EXISTS (SELECT 1 FROM lottery_offer f WHERE f.live_entry_id = e.id) "
			+ "AND NOT EXISTS (SELECT 1 FROM lottery_offer f WHERE f.opening_id = #{openingId} AND f.entry_id = e.id) "
			+ "ORDER BY e.eligible_at, e.application_no LIMIT 1")
	QueueRows.Entry candidate(@Param("area") String area, @Param("openingId") long openingId);

	@Update("UPDATE lottery_queue_entry SET passes = passes + 1 WHERE id = #{id} AND status = 'WAITING'")
	int countPass(long id);

	@Update("UPDATE lottery_queue_entry SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int moveEntry(@Param("id") long id, @Param("from") String from, @Param("to") String to);

	@Update("UPDATE lottery_queue_entry SET status = 'REMOVED', left_reason = #{reason}, left_at = #{now} "
			+ "WHERE id = #{id} AND status = #{from}")
	int removeEntry(@Param("id") long id, @Param("from") String from, @Param("reason") String reason,
			@Param("now") Instant now);

	// ---- openings ----

	@Insert("INSERT INTO lottery_opening (opening_no, area_code, kind, planned_slot, closed_outlet_id, status, released_by, "
			+ "released_at) VALUES (#{no}, #{area}, #{kind}, #{slot}, #{outletId}, 'OPEN', #{by}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertOpening(@Param("key") QueueRows.Key key, @Param("no") String no, @Param("area") String area,
			@Param("kind") String kind, @Param("slot") Integer slot, @Param("outletId") Long closedOutletId,
			@Param("by") String by, @Param("now") Instant now);

	@Update("UPDATE lottery_opening SET opening_no = #{no} WHERE id = #{id}")
	void numberOpening(@Param("id") long id, @Param("no") String no);

	@Select("SELECT COALESCE(MAX(planned_slot), 0) FROM lottery_opening WHERE area_code = #{area}")
	int lastPlannedSlot(String area);

	@Select("SELECT * FROM lottery_opening WHERE id = #{id}")
	QueueRows.Opening opening(long id);

	@Select("SELECT * FROM lottery_opening WHERE area_code = #{area} ORDER BY id")
	List<QueueRows.Opening> openings(String area);

	/** Available openings without an offer, in release order. */
	@Select("SELECT o.* FROM lottery_opening o WHERE o.area_code = #{area} AND o.status = 'OPEN' "
			+ "AND NOT EXISTS (SELECT 1 FROM lottery_offer f WHERE f.live_opening_id = o.id) ORDER BY o.id")
	List<QueueRows.Opening> unoffered(String area);

	@Update("UPDATE lottery_opening SET status = #{to}, filled_at = #{filledAt} WHERE id = #{id} AND status = #{from}")
	int moveOpening(@Param("id") long id, @Param("from") String from, @Param("to") String to,
			@Param("filledAt") Instant filledAt);

	// ---- offers ----

	@Insert("INSERT INTO lottery_offer (offer_no, area_code, opening_id, entry_id, status, offered_at, answer_deadline, "
			+ "live_opening_id, live_entry_id) VALUES (#{no}, #{area}, #{openingId}, #{entryId}, 'OFFERED', #{now}, "
			+ "#{deadline}, #{openingId}, #{entryId})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertOffer(@Param("key") QueueRows.Key key, @Param("no") String no, @Param("area") String area,
			@Param("openingId") long openingId, @Param("entryId") long entryId, @Param("now") Instant now,
			@Param("deadline") Instant deadline);

	@Update("UPDATE lottery_offer SET offer_no = #{no} WHERE id = #{id}")
	void numberOffer(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE lottery_offer SET process_instance_id = #{pi} WHERE id = #{id}")
	void setOfferProcess(@Param("id") long id, @Param("pi") String processInstanceId);

	@Select("SELECT * FROM lottery_offer WHERE id = #{id}")
	QueueRows.Offer offer(long id);

	@Select("SELECT * FROM lottery_offer WHERE offer_no = #{no}")
	QueueRows.Offer offerByNo(String no);

	@Select("SELECT * FROM lottery_offer WHERE live_entry_id = #{entryId}")
	QueueRows.Offer liveOfferOf(long entryId);

	@Select("SELECT * FROM lottery_offer WHERE area_code = #{area} ORDER BY id")
	List<QueueRows.Offer> offers(String area);

	@Update("UPDATE lottery_offer SET status = 'ACCEPTED', answered_at = #{now} WHERE id = #{id} AND status = 'OFFERED'")
	int acceptOffer(@Param("id") long id, @Param("now") Instant now);

	/** Ends a live offer: it no longer holds its opening nor its applicant. */
	@Update("UPDATE lottery_offer SET status = #{to}, answered_at = COALESCE(answered_at, #{now}), live_opening_id = NULL, "
			+ "live_entry_id = NULL WHERE id = #{id} AND status = #{from}")
	int endOffer(@Param("id") long id, @Param("from") String from, @Param("to") String to, @Param("now") Instant now);

}
