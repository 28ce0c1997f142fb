package org.minzheng.flow.aid.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The review cases and what a review changes on the beneficiary (see ReviewMapper.xml).
 */
@Mapper
interface ReviewMapper {

	/** Holder for generated keys. */
	final class Key {

		public Long id;

	}

	/** A beneficiary as the review needs it. */
	record Due(long id, long applicationId, long householdId, String benefitType, String districtCode,
			String streetCode, String status, LocalDate nextReviewDate, LocalDate paymentStart) {
	}

	/** Months between reviews for the household type. */
	@Select("SELECT months FROM aid_review_interval WHERE household_type = #{type}")
	Integer intervalMonths(String householdType);

	/** The household's members as its review interval needs them. */
	@Select("SELECT birth_date, severe_disability, serious_illness FROM aid_member WHERE household_id = #{householdId}")
	List<HouseholdType.Member> householdMembers(long householdId);

	Due beneficiary(long id);

	Due beneficiaryOfApplication(long applicationId);

	/**
	 * Active beneficiaries without a next-review date (granted before dates were kept).
	 */
	List<Due> withoutReviewDate(@Param("limit") int limit);

	/** Active beneficiaries due on the day with no open review. */
	List<Due> dueWithoutOpenReview(@Param("on") LocalDate on, @Param("limit") int limit);

	@Update("UPDATE aid_beneficiary SET next_review_date = #{date} WHERE id = #{id}")
	int setNextReviewDate(@Param("id") long beneficiaryId, @Param("date") LocalDate date);

	/**
	 * The new household income of an adjusted review; the amount is recomputed from it by
	 * the roster.
	 */
	@Update("UPDATE aid_beneficiary SET household_income_fen = #{fen}, next_review_date = #{next} WHERE id = #{id} AND status = 'ACTIVE'")
	int adjustIncome(@Param("id") long beneficiaryId, @Param("fen") long incomeFen, @Param("next") LocalDate next);

	/**
	 * Compare-and-set: payment ends (phase-out or stop) only from the expected status.
	 */
	int endPayment(@Param("id") long beneficiaryId, @Param("from") String from, @Param("to") String to,
			@Param("paymentEnd") LocalDate paymentEnd, @Param("reason") String reason);

	int insert(@Param("key") Key key, @Param("no") String temporaryNo, @Param("r") Review review);

	@Update("UPDATE aid_review SET review_no = #{no} WHERE id = #{id}")
	void setNumber(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE aid_review SET process_instance_id = #{pi} WHERE id = #{id}")
	void setProcessInstance(@Param("id") long id, @Param("pi") String processInstanceId);

	@Select("SELECT * FROM aid_review WHERE id = #{id}")
	Review findById(long id);

	@Select("SELECT * FROM aid_review WHERE review_no = #{no}")
	Review findByNo(String no);

	/** Compare-and-set status change. */
	@Update("UPDATE aid_review SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int transition(@Param("id") long id, @Param("from") ReviewStatus from, @Param("to") ReviewStatus to);

	@Update("UPDATE aid_review SET household_income_fen = #{fen}, household_changes = #{changes}, investigated_by = #{by} WHERE id = #{id}")
	void recordInvestigation(@Param("id") long id, @Param("fen") long incomeFen, @Param("changes") String changes,
			@Param("by") String by);

	@Update("UPDATE aid_review SET proposal = #{proposal}, proposal_note = #{note}, proposed_by = #{by} WHERE id = #{id}")
	void recordProposal(@Param("id") long id, @Param("proposal") String proposal, @Param("note") String note,
			@Param("by") String by);

	void recordDecision(@Param("id") long id, @Param("outcome") String outcome, @Param("months") Integer months,
			@Param("note") String note, @Param("by") String by, @Param("unit") String unit,
			@Param("entrustmentId") Long entrustmentId, @Param("now") Instant now);

	@Update("UPDATE aid_review SET notice_served_on = #{on} WHERE id = #{id}")
	void recordNotice(@Param("id") long id, @Param("on") LocalDate servedOn);

	@Update("UPDATE aid_review SET payment_end = #{paymentEnd}, next_review_date = #{next} WHERE id = #{id}")
	void recordEffect(@Param("id") long id, @Param("paymentEnd") LocalDate paymentEnd,
			@Param("next") LocalDate nextReviewDate);

	/** Closes the case: the beneficiary may have a new review from now on. */
	@Update("UPDATE aid_review SET closed_at = #{now}, open_beneficiary_id = NULL WHERE id = #{id} AND closed_at IS NULL")
	int close(@Param("id") long id, @Param("now") Instant now);

	/** Reviews at these streets, newest first. */
	List<Review> atStreets(@Param("streets") Collection<String> streets, @Param("open") Boolean open,
			@Param("offset") int offset, @Param("limit") int limit);

	@Select("<script>SELECT review_no FROM aid_review <if test='after != null'>WHERE review_no &gt; #{after}</if>"
			+ " ORDER BY review_no LIMIT #{limit}</script>")
	List<String> numbersAfter(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM aid_review")
	long count();

	@Select("SELECT name FROM aid_member WHERE household_id = (SELECT household_id FROM aid_beneficiary WHERE id = #{id}) AND applicant = TRUE")
	String applicantName(long beneficiaryId);

	@Select("SELECT id_number FROM aid_member WHERE household_id = (SELECT household_id FROM aid_beneficiary WHERE id = #{id}) AND applicant = TRUE")
	org.minzheng.flow.shared.SealedText applicantIdNumber(long beneficiaryId);

	@Select("SELECT a.application_no FROM aid_application a JOIN aid_beneficiary b ON b.application_id = a.id WHERE b.id = #{id}")
	String applicationNo(long beneficiaryId);

}
