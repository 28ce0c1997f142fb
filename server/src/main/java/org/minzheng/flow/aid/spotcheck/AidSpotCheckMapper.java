package org.minzheng.flow.aid.spotcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Draws, spot checks and what a correction changes (see AidSpotCheckMapper.xml). */
@Mapper
interface AidSpotCheckMapper {

	/** Holder for generated keys. */
	final class Key {

		public Long id;

	}

	/** A district's policy (or the DEFAULT row's). */
	record Policy(String districtCode, int sharePercent, int flagFindings, int flagMonths, String salt) {
	}

	/** An entrusted decision of the sampled month. */
	record Decision(long id, String applicationNo, String competentStreetCode, long entrustmentId) {
	}

	/** One check's row for the dashboard. */
	record CheckRow(long entrustmentId, String districtCode, String documentNo, String benefitType, Instant revokedAt,
			AidSpotCheckStatus status, LocalDate sampleMonth) {
	}

	/** Districts with an entrustment in force at some time in the month. */
	List<String> districtsWithEntrustments(@Param("from") LocalDate from, @Param("to") LocalDate to);

	/** The district's policy row, else the DEFAULT row. */
	Policy policy(String districtCode);

	@Insert("INSERT INTO aid_spot_check_policy (district_code, share_percent, flag_findings, flag_months, salt) "
			+ "VALUES (#{p.districtCode}, #{p.sharePercent}, #{p.flagFindings}, #{p.flagMonths}, #{p.salt})")
	void insertPolicy(@Param("p") Policy policy);

	@Update("UPDATE aid_spot_check_policy SET salt = #{salt} WHERE district_code = #{district} AND salt IS NULL")
	int setSalt(@Param("district") String districtCode, @Param("salt") String salt);

	@Select("SELECT COUNT(*) FROM aid_spot_check_draw WHERE district_code = #{district} AND sample_month = #{month}")
	int countDraws(@Param("district") String districtCode, @Param("month") LocalDate month);

	/** Decisions its streets took under entrustment in [from, to). */
	List<Decision> entrustedDecisions(@Param("district") String districtCode, @Param("from") Instant from,
			@Param("to") Instant to);

	@Insert("INSERT INTO aid_spot_check_draw (district_code, sample_month, salt, seed, share_percent, population_size, "
			+ "sample_size, population_nos, sample_nos, drawn_at) VALUES (#{d.districtCode}, #{d.sampleMonth}, #{d.salt}, "
			+ "#{d.seed}, #{d.sharePercent}, #{d.populationSize}, #{d.sampleSize}, #{d.populationNos}, #{d.sampleNos}, #{d.drawnAt})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertDraw(@Param("key") Key key, @Param("d") AidSpotCheckDraw draw);

	@Insert("INSERT INTO aid_spot_check (check_no, draw_id, district_code, street_code, application_id, application_no, "
			+ "entrustment_id, status, opened_at) VALUES (#{no}, #{c.drawId}, #{c.districtCode}, #{c.streetCode}, "
			+ "#{c.applicationId}, #{c.applicationNo}, #{c.entrustmentId}, 'OPEN', #{c.openedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertCheck(@Param("key") Key key, @Param("no") String temporaryNo, @Param("c") AidSpotCheck check);

	@Update("UPDATE aid_spot_check SET check_no = #{no} WHERE id = #{id}")
	void setNumber(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE aid_spot_check SET process_instance_id = #{pi} WHERE id = #{id}")
	void setProcessInstance(@Param("id") long id, @Param("pi") String processInstanceId);

	@Select("SELECT * FROM aid_spot_check WHERE id = #{id}")
	AidSpotCheck findById(long id);

	@Select("SELECT * FROM aid_spot_check WHERE check_no = #{no}")
	AidSpotCheck findByNo(String no);

	@Select("SELECT * FROM aid_spot_check_draw WHERE id = #{id}")
	AidSpotCheckDraw draw(long id);

	/** Compare-and-set status change. */
	@Update("UPDATE aid_spot_check SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int transition(@Param("id") long id, @Param("from") AidSpotCheckStatus from, @Param("to") AidSpotCheckStatus to);

	void recordReview(@Param("id") long id, @Param("kind") String findingKind, @Param("note") String note,
			@Param("correction") String correction, @Param("endsPayment") boolean endsPayment, @Param("by") String by,
			@Param("now") Instant now);

	@Update("UPDATE aid_spot_check SET correction_opinion = #{opinion}, correction_decided_by = #{by}, "
			+ "correction_decided_at = #{now} WHERE id = #{id}")
	void recordCorrectionDecision(@Param("id") long id, @Param("opinion") String opinion, @Param("by") String by,
			@Param("now") Instant now);

	@Update("UPDATE aid_spot_check SET closed_at = #{now} WHERE id = #{id} AND closed_at IS NULL")
	int close(@Param("id") long id, @Param("now") Instant now);

	/** The correction goes on the decision it corrects. */
	@Update("UPDATE aid_application SET decision_correction = #{correction}, corrected_by_check = #{checkNo}, "
			+ "corrected_at = #{now} WHERE id = #{id}")
	int correctDecision(@Param("id") long applicationId, @Param("correction") String correction,
			@Param("checkNo") String checkNo, @Param("now") Instant now);

	@Select("SELECT status FROM aid_beneficiary WHERE application_id = #{applicationId}")
	String beneficiaryStatus(long applicationId);

	/** Compare-and-set: a correction that ends payment stops it this month. */
	@Update("UPDATE aid_beneficiary SET status = 'TERMINATED', payment_end = #{paymentEnd}, ended_reason = 'TERMINATED', "
			+ "next_review_date = NULL WHERE application_id = #{applicationId} AND status = #{from}")
	int stopPayment(@Param("applicationId") long applicationId, @Param("from") String from,
			@Param("paymentEnd") LocalDate paymentEnd);

	/** Checks of these districts, newest first. */
	List<AidSpotCheck> inDistricts(@Param("districts") Collection<String> districts, @Param("offset") int offset,
			@Param("limit") int limit);

	/** Draws of these districts, newest first. */
	List<AidSpotCheckDraw> drawsIn(@Param("districts") Collection<String> districts, @Param("limit") int limit);

	/** Every check of these districts' entrustments, for the dashboard. */
	List<CheckRow> checkRows(@Param("districts") Collection<String> districts);

	@Select("SELECT code FROM aid_spot_check_finding_kind")
	List<String> findingKinds();

	@Select("SELECT label FROM aid_spot_check_finding_kind WHERE code = #{code}")
	String findingKindLabel(String code);

	@Select("<script>SELECT check_no FROM aid_spot_check <if test='after != null'>WHERE check_no &gt; #{after}</if>"
			+ " ORDER BY check_no LIMIT #{limit}</script>")
	List<String> numbersAfter(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM aid_spot_check")
	long count();

	@Select("SELECT document_no FROM aid_entrustment WHERE id = #{id}")
	String documentNo(long entrustmentId);

}
