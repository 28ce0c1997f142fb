package org.minzheng.flow.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The total limit's reminders and breach escalation sent, once each per deadline. */
@Mapper
interface AidTotalLimitMapper {

	/** A reminder or breach escalation that was sent. */
	record Sent(LocalDate deadlineDate, String kind, Instant sentAt) {
	}

	/** Records an alarm as sent; 0 when it was sent before (another node, a retry). */
	@Insert("INSERT INTO aid_total_limit_alarm (application_id, deadline_date, kind, sent_at) "
			+ "SELECT #{applicationId}, #{deadline}, #{kind}, #{now} FROM (SELECT 1 AS one) x WHERE NOT EXISTS "
			+ "(SELECT 1 FROM aid_total_limit_alarm WHERE application_id = #{applicationId} "
			+ "AND deadline_date = #{deadline} AND kind = #{kind})")
	int markSent(@Param("applicationId") long applicationId, @Param("deadline") LocalDate deadline,
			@Param("kind") String kind, @Param("now") Instant now);

	@Select("SELECT deadline_date, kind, sent_at FROM aid_total_limit_alarm WHERE application_id = #{applicationId} "
			+ "ORDER BY sent_at, kind")
	List<Sent> sent(long applicationId);

}
