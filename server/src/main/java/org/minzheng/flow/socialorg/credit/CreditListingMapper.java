package org.minzheng.flow.socialorg.credit;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.minzheng.flow.socialorg.OrganisationMapper;

/** Credit listing cases. */
@Mapper
public interface CreditListingMapper {

	@Insert("INSERT INTO so_credit_listing (listing_no, organisation_id, registrar_code, reason_code, reason_text, "
			+ "trigger_ref, status, created_at) VALUES (#{no}, #{organisationId}, #{registrarCode}, #{reason}, #{text}, "
			+ "#{triggerRef}, 'PROPOSED', #{at})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("key") OrganisationMapper.Key key, @Param("no") String no,
			@Param("organisationId") long organisationId, @Param("registrarCode") String registrarCode,
			@Param("reason") CreditReason reason, @Param("text") String text, @Param("triggerRef") String triggerRef,
			@Param("at") Instant at);

	@Update("UPDATE so_credit_listing SET listing_no = #{no}, process_instance_id = #{pi} WHERE id = #{id}")
	void numberAndProcess(@Param("id") long id, @Param("no") String no, @Param("pi") String pi);

	@Update("UPDATE so_credit_listing SET listing_no = #{no} WHERE id = #{id}")
	void number(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE so_credit_listing SET process_instance_id = #{pi} WHERE id = #{id}")
	void setProcess(@Param("id") long id, @Param("pi") String pi);

	@Select("SELECT * FROM so_credit_listing WHERE id = #{id}")
	CreditListing find(long id);

	@Select("SELECT * FROM so_credit_listing WHERE listing_no = #{no}")
	CreditListing findByNo(String no);

	@Select("SELECT COUNT(*) FROM so_credit_listing WHERE organisation_id = #{id} AND status IN ('PROPOSED', 'NOTIFIED')")
	int countOpen(long organisationId);

	@Update("UPDATE so_credit_listing SET facts = #{facts} WHERE id = #{id}")
	void setFacts(@Param("id") long id, @Param("facts") String facts);

	@Update("UPDATE so_credit_listing SET status = 'NOTIFIED', notified_on = #{on}, answer_due_on = #{due} "
			+ "WHERE id = #{id} AND status = 'PROPOSED'")
	int notified(@Param("id") long id, @Param("on") LocalDate on, @Param("due") LocalDate due);

	@Update("UPDATE so_credit_listing SET statement = #{text}, statement_at = #{at} WHERE id = #{id} "
			+ "AND status = 'NOTIFIED' AND statement IS NULL")
	int recordStatement(@Param("id") long id, @Param("text") String text, @Param("at") Instant at);

	@Update("UPDATE so_credit_listing SET decision = #{decision}, decision_reasons = #{reasons}, "
			+ "decision_doc_no = #{docNo}, decided_on = #{on}, decided_by = #{by} WHERE id = #{id} AND decision IS NULL")
	int decide(@Param("id") long id, @Param("decision") String decision, @Param("reasons") String reasons,
			@Param("docNo") String docNo, @Param("on") LocalDate on, @Param("by") String by);

	@Update("UPDATE so_credit_listing SET status = #{status}, closed_at = #{at} WHERE id = #{id} AND closed_at IS NULL")
	int close(@Param("id") long id, @Param("status") String status, @Param("at") Instant at);

}
