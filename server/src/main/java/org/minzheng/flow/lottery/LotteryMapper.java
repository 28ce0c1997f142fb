package org.minzheng.flow.lottery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Applications, outlets and yearly reviews. */
@Mapper
interface LotteryMapper {

	// ---- applications ----

	@Insert("INSERT INTO lottery_application (application_no, area_code, district_code, applicant_kind, applicant_name, "
			+ "applicant_key, applicant_key_bidx, live_applicant_key, birth_date, mobile, site_address, site_latitude, site_longitude, "
			+ "site_area_m2, lease_until, status, submitted_by, submitted_at) VALUES (#{no}, #{a.areaCode}, "
			+ "#{a.districtCode}, #{a.applicantKind}, #{a.applicantName}, #{a.applicantKey}, #{a.applicantKey,typeHandler=blindIndex}, "
			+ "#{a.applicantKey,typeHandler=blindIndex}, "
			+ "#{a.birthDate}, #{a.mobile}, #{a.siteAddress}, #{a.siteLatitude}, #{a.siteLongitude}, #{a.siteAreaM2}, "
			+ "#{a.leaseUntil}, 'CHECKING', #{a.submittedBy}, #{a.submittedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertApplication(@Param("key") QueueRows.Key key, @Param("no") String temporaryNo,
			@Param("a") LotteryApplication application);

	@Update("UPDATE lottery_application SET application_no = #{no}, applicant_username = #{username} WHERE id = #{id}")
	void numberApplication(@Param("id") long id, @Param("no") String no, @Param("username") String username);

	@Update("UPDATE lottery_application SET process_instance_id = #{pi} WHERE id = #{id}")
	void setApplicationProcess(@Param("id") long id, @Param("pi") String processInstanceId);

	@Select("SELECT * FROM lottery_application WHERE id = #{id}")
	LotteryApplication application(long id);

	@Select("SELECT * FROM lottery_application WHERE application_no = #{no}")
	LotteryApplication applicationByNo(String no);

	@Select("SELECT * FROM lottery_application WHERE live_applicant_key = #{key,typeHandler=blindIndex}")
	LotteryApplication liveApplicationOf(String key);

	@Select("SELECT * FROM lottery_application WHERE applicant_username = #{username} ORDER BY id DESC")
	List<LotteryApplication> applicationsOf(String username);

	@Select("SELECT * FROM lottery_application WHERE id IN (SELECT application_id FROM lottery_queue_entry "
			+ "WHERE area_code = #{area})")
	List<LotteryApplication> queuedApplications(String area);

	@Update("UPDATE lottery_application SET records_clear = #{clear} WHERE id = #{id}")
	void setRecords(@Param("id") long id, @Param("clear") boolean clear);

	@Update("UPDATE lottery_application SET status = #{to}, nearest_outlet_m = #{nearest}, ineligible_reasons = #{reasons} "
			+ "WHERE id = #{id} AND status = #{from}")
	int qualify(@Param("id") long id, @Param("from") LotteryApplication.Status from,
			@Param("to") LotteryApplication.Status to, @Param("nearest") Integer nearest,
			@Param("reasons") String reasons);

	@Update("UPDATE lottery_application SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int transition(@Param("id") long id, @Param("from") LotteryApplication.Status from,
			@Param("to") LotteryApplication.Status to);

	/** Ends the application: the applicant may apply again. */
	@Update("UPDATE lottery_application SET status = #{to}, live_applicant_key = NULL, closed_at = #{now} "
			+ "WHERE id = #{id} AND status = #{from}")
	int close(@Param("id") long id, @Param("from") LotteryApplication.Status from,
			@Param("to") LotteryApplication.Status to, @Param("now") Instant now);

	@Update("UPDATE lottery_application SET review_opinion = #{opinion} WHERE id = #{id}")
	void setReviewOpinion(@Param("id") long id, @Param("opinion") String opinion);

	@Update("UPDATE lottery_application SET contract_no = COALESCE(#{contract}, contract_no), "
			+ "terminal_no = COALESCE(#{terminal}, terminal_no), certificate_no = COALESCE(#{certificate}, certificate_no) "
			+ "WHERE id = #{id}")
	void setOnboarding(@Param("id") long id, @Param("contract") String contractNo, @Param("terminal") String terminalNo,
			@Param("certificate") String certificateNo);

	// ---- outlets ----

	@Insert("INSERT INTO lottery_outlet (outlet_no, area_code, name, address, latitude, longitude, status, application_id, "
			+ "certificate_no, opened_at) VALUES (#{no}, #{area}, #{name}, #{address}, #{lat}, #{lon}, 'OPEN', "
			+ "#{applicationId}, #{certificate}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertOutlet(@Param("key") QueueRows.Key key, @Param("no") String no, @Param("area") String area,
			@Param("name") String name, @Param("address") String address, @Param("lat") BigDecimal latitude,
			@Param("lon") BigDecimal longitude, @Param("applicationId") Long applicationId,
			@Param("certificate") String certificateNo, @Param("now") Instant now);

	@Update("UPDATE lottery_outlet SET outlet_no = #{no} WHERE id = #{id}")
	void numberOutlet(@Param("id") long id, @Param("no") String no);

	@Select("SELECT * FROM lottery_outlet WHERE id = #{id}")
	LotteryOutlet outlet(long id);

	@Select("SELECT * FROM lottery_outlet WHERE outlet_no = #{no}")
	LotteryOutlet outletByNo(String no);

	@Select("SELECT * FROM lottery_outlet WHERE area_code = #{area} ORDER BY id")
	List<LotteryOutlet> outlets(String area);

	/** Outlets that exist on the ground (open or suspended), for the distance rule. */
	@Select("SELECT * FROM lottery_outlet WHERE status <> 'CLOSED'")
	List<LotteryOutlet> standingOutlets();

	@Update("UPDATE lottery_outlet SET status = #{to}, closed_at = #{closedAt} WHERE id = #{id} AND status = #{from}")
	int moveOutlet(@Param("id") long id, @Param("from") OutletStatus from, @Param("to") OutletStatus to,
			@Param("closedAt") Instant closedAt);

	// ---- yearly reviews ----

	@Insert("INSERT INTO lottery_outlet_review (review_no, outlet_id, review_year, status, started_by, started_at) "
			+ "VALUES (#{no}, #{outletId}, #{year}, 'OPEN', #{by}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertReview(@Param("key") QueueRows.Key key, @Param("no") String no, @Param("outletId") long outletId,
			@Param("year") int year, @Param("by") String by, @Param("now") Instant now);

	@Update("UPDATE lottery_outlet_review SET review_no = #{no}, process_instance_id = #{pi} WHERE id = #{id}")
	void numberReview(@Param("id") long id, @Param("no") String no, @Param("pi") String processInstanceId);

	@Select("SELECT review_no FROM lottery_outlet_review WHERE outlet_id = #{outletId} AND review_year = #{year}")
	String reviewOf(@Param("outletId") long outletId, @Param("year") int year);

	@Select("SELECT outlet_id FROM lottery_outlet_review WHERE review_no = #{no}")
	Long outletOfReview(String no);

	@Update("UPDATE lottery_outlet_review SET status = 'CLOSED', outcome = #{outcome}, closed_at = #{now} WHERE id = #{id}")
	void closeReview(@Param("id") long id, @Param("outcome") String outcome, @Param("now") Instant now);

}
