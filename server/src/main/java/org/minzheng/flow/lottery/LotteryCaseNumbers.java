package org.minzheng.flow.lottery;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Every lottery case number, and the outlet reviews, for the case index. */
@Mapper
interface LotteryCaseNumbers {

	String ALL = "SELECT application_no AS n FROM lottery_application WHERE application_no LIKE 'LT-%' "
			+ "UNION ALL SELECT offer_no FROM lottery_offer WHERE offer_no LIKE 'LTO-%' "
			+ "UNION ALL SELECT review_no FROM lottery_outlet_review WHERE review_no LIKE 'LTR-%'";

	@Select("<script>SELECT n FROM (" + ALL + ") c <if test='after != null'>WHERE n &gt; #{after}</if>"
			+ " ORDER BY n LIMIT #{limit}</script>")
	List<String> after(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM (" + ALL + ") c")
	long count();

	@Select("SELECT review_no, outlet_id, review_year, status, outcome, process_instance_id, started_by, started_at, "
			+ "closed_at FROM lottery_outlet_review WHERE review_no = #{no}")
	Review review(String no);

	/** An outlet's yearly review. */
	record Review(String reviewNo, long outletId, int reviewYear, String status, String outcome,
			String processInstanceId, String startedBy, Instant startedAt, Instant closedAt) {
	}

}
