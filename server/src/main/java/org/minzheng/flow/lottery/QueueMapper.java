package org.minzheng.flow.lottery;

import java.time.Instant;
import java.time.LocalDateTime;
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
 * The queue tables. The statements every queue kind shares are {@link WaitlistMapper}'s
 * ({@link WaitlistSql} over the tables named below, entries ordered by eligibility time);
 * the area's own (its row, planned and closure openings, offer processes) are here. Every
 * state change is a compare-and-set: it names the status it expects and changes nothing
 * (0 rows) when another transaction got there first.
 */
@Mapper
@WaitlistTables(queues = "lottery_area", events = "lottery_queue_event", entries = "lottery_queue_entry",
		slots = "lottery_opening", offers = "lottery_offer", queueColumn = "area_code", slot = "opening",
		sortColumn = "eligible_at")
interface QueueMapper
		extends WaitlistMapper<QueueEvent, QueueRows.Entry, QueueRows.Opening, QueueRows.Offer, QueueRows.Key> {

	// ---- area and chain head ----

	@Insert("INSERT INTO lottery_area (code, name, district_code, planned_outlets, min_distance_m, answer_working_days, "
			+ "max_declines, chain_seq, chain_hash, created_at) VALUES (#{code}, #{name}, #{districtCode}, #{plannedOutlets}, "
			+ "#{minDistanceM}, #{answerWorkingDays}, #{maxDeclines}, 0, #{chainHash}, #{createdAt})")
	void insertArea(LotteryArea area);

	@SelectProvider(type = WaitlistSql.class, method = "queue")
	LotteryArea area(String code);

	/**
	 * Locks the area's chain head until the transaction ends: one queue operation at a
	 * time.
	 */
	@SelectProvider(type = WaitlistSql.class, method = "lockQueue")
	LotteryArea lockArea(String code);

	@SelectProvider(type = WaitlistSql.class, method = "queues")
	List<LotteryArea> areas();

	// ---- entries ----

	@Insert("INSERT INTO lottery_queue_entry (area_code, application_id, application_no, eligible_at, status, passes) "
			+ "VALUES (#{area}, #{applicationId}, #{applicationNo}, #{eligibleAt}, 'WAITING', 0)")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertEntry(@Param("key") QueueRows.Key key, @Param("area") String area,
			@Param("applicationId") long applicationId, @Param("applicationNo") String applicationNo,
			@Param("eligibleAt") String eligibleAt);

	@Select("SELECT MAX(eligible_at) FROM lottery_queue_entry WHERE area_code = #{area}")
	LocalDateTime lastEligibleAt(String area);

	// ---- openings ----

	@Insert("INSERT INTO lottery_opening (opening_no, area_code, kind, planned_slot, closed_outlet_id, status, released_by, "
			+ "released_at) VALUES (#{no}, #{area}, #{kind}, #{slot}, #{outletId}, 'OPEN', #{by}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertOpening(@Param("key") QueueRows.Key key, @Param("no") String no, @Param("area") String area,
			@Param("kind") String kind, @Param("slot") Integer slot, @Param("outletId") Long closedOutletId,
			@Param("by") String by, @Param("now") Instant now);

	@UpdateProvider(type = WaitlistSql.class, method = "numberSlot")
	void numberOpening(@Param("id") long id, @Param("no") String no);

	@Select("SELECT COALESCE(MAX(planned_slot), 0) FROM lottery_opening WHERE area_code = #{area}")
	int lastPlannedSlot(String area);

	@SelectProvider(type = WaitlistSql.class, method = "slot")
	QueueRows.Opening opening(long id);

	@SelectProvider(type = WaitlistSql.class, method = "slots")
	List<QueueRows.Opening> openings(String area);

	@UpdateProvider(type = WaitlistSql.class, method = "moveSlot")
	int moveOpening(@Param("id") long id, @Param("from") String from, @Param("to") String to,
			@Param("filledAt") Instant filledAt);

	// ---- offers ----

	@Update("UPDATE lottery_offer SET process_instance_id = #{pi} WHERE id = #{id}")
	void setOfferProcess(@Param("id") long id, @Param("pi") String processInstanceId);

	@SelectProvider(type = WaitlistSql.class, method = "offer")
	QueueRows.Offer offer(long id);

}
