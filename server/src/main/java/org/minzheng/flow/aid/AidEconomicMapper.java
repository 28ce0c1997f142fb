package org.minzheng.flow.aid;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The economic check's findings and the 拟不予 review of them. */
@Mapper
interface AidEconomicMapper {

	/** One item compared with its limit. */
	record Finding(String item, long foundValue, long limitValue, boolean overLimit) {
	}

	/** The reviewer's decision on findings over the limit. */
	record Review(String decision, String reason, String decidedBy, String orgUnitCode, Instant decidedAt) {
	}

	/** Keeps the first answer of a case; 0 when one was kept before. */
	@Insert("INSERT INTO aid_economic_answer (application_id, request_id, outcome, received_at) "
			+ "SELECT #{applicationId}, #{requestId}, #{outcome}, #{now} FROM (SELECT 1 AS one) x "
			+ "WHERE NOT EXISTS (SELECT 1 FROM aid_economic_answer WHERE application_id = #{applicationId})")
	int keepAnswer(@Param("applicationId") long applicationId, @Param("requestId") String requestId,
			@Param("outcome") String outcome, @Param("now") Instant now);

	@Insert("INSERT INTO aid_economic_finding (application_id, item, found_value, limit_value, over_limit) "
			+ "VALUES (#{applicationId}, #{f.item}, #{f.foundValue}, #{f.limitValue}, #{f.overLimit})")
	void insertFinding(@Param("applicationId") long applicationId, @Param("f") Finding finding);

	@Select("SELECT item, found_value, limit_value, over_limit FROM aid_economic_finding "
			+ "WHERE application_id = #{applicationId} ORDER BY id")
	List<Finding> findings(long applicationId);

	@Insert("INSERT INTO aid_economic_review (application_id, decision, reason, decided_by, org_unit_code, decided_at) "
			+ "VALUES (#{applicationId}, #{r.decision}, #{r.reason}, #{r.decidedBy}, #{r.orgUnitCode}, #{r.decidedAt})")
	void insertReview(@Param("applicationId") long applicationId, @Param("r") Review review);

	@Select("SELECT decision, reason, decided_by, org_unit_code, decided_at FROM aid_economic_review "
			+ "WHERE application_id = #{applicationId} ORDER BY id")
	List<Review> reviews(long applicationId);

}
