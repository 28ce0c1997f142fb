package org.minzheng.flow.aid.temporary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Temporary-assistance cases, the district's limits and tiers (SQL in
 * TemporaryMapper.xml).
 */
@Mapper
interface TemporaryMapper {

	/** Holder for generated keys. */
	final class Key {

		public Long id;

	}

	@Select("SELECT * FROM aid_temporary_limit WHERE district_code = #{district}")
	TemporaryLimits limits(String district);

	@Select("SELECT min_shortfall_fen, max_shortfall_fen, rate_basis_points, label FROM aid_temporary_tier "
			+ "WHERE district_code = #{district} ORDER BY min_shortfall_fen")
	List<ExpenditureTier> tiers(String district);

	void insert(@Param("key") Key key, @Param("c") TemporaryCase draft);

	@Update("UPDATE aid_temporary_case SET case_no = #{no} WHERE id = #{id}")
	void setNumber(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE aid_temporary_case SET process_instance_id = #{pi} WHERE id = #{id}")
	void setProcessInstance(@Param("id") long id, @Param("pi") String processInstanceId);

	@Update("UPDATE aid_temporary_case SET paid_at = #{at}, payment_entry_id = #{entry} WHERE id = #{id}")
	void setPaid(@Param("id") long id, @Param("at") Instant at, @Param("entry") long entryId);

	@Select("SELECT * FROM aid_temporary_case WHERE id = #{id}")
	TemporaryCase findById(long id);

	@Select("SELECT * FROM aid_temporary_case WHERE case_no = #{no}")
	TemporaryCase findByNo(String no);

	/** 一事一救: the earlier case of this person and event, if any. */
	@Select("SELECT case_no FROM aid_temporary_case WHERE id_number_bidx = #{id,typeHandler=blindIndex} AND event_type = #{type} AND event_date = #{date}")
	String sameEvent(@Param("id") String idNumber, @Param("type") String eventType, @Param("date") LocalDate eventDate);

	List<TemporaryCase> forStreets(@Param("streets") Collection<String> streets, @Param("limit") int limit);

	/** Compare-and-set status change. */
	@Update("UPDATE aid_temporary_case SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int transition(@Param("id") long id, @Param("from") TemporaryStatus from, @Param("to") TemporaryStatus to);

	@Update("UPDATE aid_temporary_case SET status = #{to}, closed_at = #{at} WHERE id = #{id} AND status = #{from}")
	int close(@Param("id") long id, @Param("from") TemporaryStatus from, @Param("to") TemporaryStatus to,
			@Param("at") Instant at);

	@Update("UPDATE aid_temporary_case SET status = 'IN_NOTICE', notice_start = #{start}, notice_end = #{end} "
			+ "WHERE id = #{id} AND status = #{from}")
	int startNotice(@Param("id") long id, @Param("from") TemporaryStatus from, @Param("start") LocalDate start,
			@Param("end") LocalDate end);

	@Update("UPDATE aid_temporary_case SET material_note = #{note} WHERE id = #{id}")
	void setMaterialNote(@Param("id") long id, @Param("note") String note);

	@Update("UPDATE aid_temporary_case SET review_opinion = #{opinion} WHERE id = #{id}")
	void setReviewOpinion(@Param("id") long id, @Param("opinion") String opinion);

	@Update("UPDATE aid_temporary_case SET approving_org_unit = #{unit} WHERE id = #{id}")
	void setApprovingUnit(@Param("id") long id, @Param("unit") String unit);

	@Update("UPDATE aid_temporary_case SET decision = #{decision}, decision_opinion = #{opinion}, decided_by = #{by}, "
			+ "decided_at = #{at}, recovery_note = #{recovery} WHERE id = #{id}")
	void recordDecision(@Param("id") long id, @Param("decision") String decision, @Param("opinion") String opinion,
			@Param("by") String by, @Param("at") Instant at, @Param("recovery") String recoveryNote);

	@Update("UPDATE aid_temporary_case SET payment_instruction = #{instruction} WHERE id = #{id}")
	void setPaymentInstruction(@Param("id") long id, @Param("instruction") String instruction);

	@Update("UPDATE aid_temporary_case SET regularisation_due = #{due} WHERE id = #{id}")
	void setRegularisationDue(@Param("id") long id, @Param("due") LocalDate due);

	@Update("UPDATE aid_temporary_case SET regularisation_overdue = TRUE WHERE id = #{id}")
	void flagOverdue(long id);

	/** Adds a refund, never beyond what was paid. */
	@Update("UPDATE aid_temporary_case SET refunded_fen = refunded_fen + #{amount} "
			+ "WHERE id = #{id} AND status = 'NOT_DUE' AND refunded_fen + #{amount} <= amount_fen")
	int addRefund(@Param("id") long id, @Param("amount") long amountFen);

	@Select("<script>SELECT case_no FROM aid_temporary_case <if test='after != null'>WHERE case_no &gt; #{after}</if>"
			+ " ORDER BY case_no LIMIT #{limit}</script>")
	List<String> numbersAfter(@Param("after") String after, @Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM aid_temporary_case")
	long count();

}
