package org.minzheng.flow.socialorg.exit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.minzheng.flow.socialorg.OrganisationMapper;

/** Changes, deregistrations and zombie-exit batches. */
@Mapper
public interface ExitMapper {

	@Insert("INSERT INTO so_alteration (alteration_no, organisation_id, kind, status, new_domicile, new_legal_rep_name, "
			+ "new_legal_rep_id, liquidation_report_no, submitted_by, submitted_at) VALUES (#{no}, #{a.organisationId}, "
			+ "#{a.kind}, 'IN_PROGRESS', #{a.newDomicile}, #{a.newLegalRepName}, #{a.newLegalRepId}, "
			+ "#{a.liquidationReportNo}, #{a.submittedBy}, #{a.submittedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertAlteration(@Param("key") OrganisationMapper.Key key, @Param("no") String no,
			@Param("a") Alteration alteration);

	@Update("UPDATE so_alteration SET alteration_no = #{no} WHERE id = #{id}")
	void setAlterationNo(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE so_alteration SET process_instance_id = #{pi} WHERE id = #{id}")
	void setAlterationProcess(@Param("id") long id, @Param("pi") String pi);

	@Select("SELECT * FROM so_alteration WHERE id = #{id}")
	Alteration alteration(long id);

	@Select("SELECT * FROM so_alteration WHERE alteration_no = #{no}")
	Alteration alterationByNo(String no);

	@Select("SELECT COUNT(*) FROM so_alteration WHERE organisation_id = #{id} AND status = 'IN_PROGRESS'")
	int countOpenAlterations(long organisationId);

	@Update("UPDATE so_alteration SET status = #{status}, closed_at = #{now} WHERE id = #{id} AND closed_at IS NULL")
	int closeAlteration(@Param("id") long id, @Param("status") String status, @Param("now") Instant now);

	@Update("<script>UPDATE so_organisation SET last_activity_on = #{today}"
			+ "<if test='domicile != null'>, domicile = #{domicile}</if>"
			+ "<if test='repName != null'>, legal_rep_name = #{repName}, legal_rep_id_number = #{repId,typeHandler=sealed}</if>"
			+ " WHERE id = #{id} AND status = 'REGISTERED'</script>")
	int applyChange(@Param("id") long id, @Param("domicile") String domicile, @Param("repName") String repName,
			@Param("repId") String repId, @Param("today") LocalDate today);

	@Update("UPDATE so_organisation SET status = #{to} WHERE id = #{id} AND status = 'REGISTERED'")
	int endRegistration(@Param("id") long id, @Param("to") String to);

	// ---- zombie exit ----

	/**
	 * Registered organisations of a registrar that look dead: inactive for 2 years, or
	 * listed as unreachable, or listed twice for missing annual reports in 2 years; not
	 * already in an open exit case. One row per organisation with its first reason.
	 */
	@Select("SELECT o.id AS organisation_id, CASE " + "WHEN o.last_activity_on < #{inactiveBefore} THEN 'INACTIVE' "
			+ "WHEN (SELECT COUNT(*) FROM so_credit_transition t WHERE t.organisation_id = o.id "
			+ "AND t.reason_code = 'UNREACHABLE') > 0 AND o.credit_state <> 'NORMAL' THEN 'UNREACHABLE' "
			+ "ELSE 'NO_ANNUAL_REPORT' END AS reason FROM so_organisation o "
			+ "WHERE o.registrar_code = #{registrar} AND o.status = 'REGISTERED' AND ("
			+ "o.last_activity_on < #{inactiveBefore} "
			+ "OR (o.credit_state <> 'NORMAL' AND EXISTS (SELECT 1 FROM so_credit_transition t WHERE "
			+ "t.organisation_id = o.id AND t.reason_code = 'UNREACHABLE')) "
			+ "OR (SELECT COUNT(*) FROM so_credit_transition t WHERE t.organisation_id = o.id "
			+ "AND t.reason_code = 'NO_ANNUAL_REPORT' AND t.effective_on >= #{reportsSince}) >= 2) "
			+ "AND NOT EXISTS (SELECT 1 FROM so_exit_candidate c WHERE c.organisation_id = o.id "
			+ "AND c.status IN ('DETECTED', 'IN_PROGRESS')) ORDER BY o.id LIMIT #{limit}")
	List<Detected> detect(@Param("registrar") String registrar, @Param("inactiveBefore") LocalDate inactiveBefore,
			@Param("reportsSince") LocalDate reportsSince, @Param("limit") int limit);

	/** A detected organisation and why. */
	record Detected(long organisationId, String reason) {
	}

	@Insert("INSERT INTO so_exit_batch (batch_no, registrar_code, status, created_by, created_at) "
			+ "VALUES (#{no}, #{registrar}, 'DETECTED', #{by}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insertBatch(@Param("key") OrganisationMapper.Key key, @Param("no") String no,
			@Param("registrar") String registrar, @Param("by") String by, @Param("now") Instant now);

	@Update("UPDATE so_exit_batch SET batch_no = #{no}, candidate_count = #{count} WHERE id = #{id}")
	void numberBatch(@Param("id") long id, @Param("no") String no, @Param("count") int count);

	@Select("SELECT * FROM so_exit_batch WHERE batch_no = #{no}")
	ExitBatch batch(String no);

	@Update("UPDATE so_exit_batch SET status = 'CONFIRMED', confirmed_by = #{by}, confirmed_at = #{now} "
			+ "WHERE id = #{id} AND status = 'DETECTED'")
	int confirmBatch(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

	@Insert("INSERT INTO so_exit_candidate (case_no, batch_id, organisation_id, reason, status) "
			+ "VALUES (#{no}, #{batchId}, #{organisationId}, #{reason}, 'DETECTED')")
	void insertCandidate(@Param("no") String no, @Param("batchId") long batchId,
			@Param("organisationId") long organisationId, @Param("reason") String reason);

	@Select("SELECT * FROM so_exit_candidate WHERE batch_id = #{batchId} ORDER BY id")
	List<ExitCandidate> candidates(long batchId);

	@Select("SELECT * FROM so_exit_candidate WHERE id = #{id}")
	ExitCandidate candidate(long id);

	@Select("SELECT * FROM so_exit_candidate WHERE case_no = #{no}")
	ExitCandidate candidateByNo(String no);

	@Update("UPDATE so_exit_candidate SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int moveCandidate(@Param("id") long id, @Param("from") String from, @Param("to") String to);

	@Update("UPDATE so_exit_candidate SET process_instance_id = #{pi} WHERE id = #{id}")
	void setCandidateProcess(@Param("id") long id, @Param("pi") String pi);

	@Update("UPDATE so_exit_candidate SET service_mode = #{mode}, notice_published_on = #{on} WHERE id = #{id}")
	void setNoticeServed(@Param("id") long id, @Param("mode") String mode, @Param("on") java.time.LocalDate on);

	@Update("UPDATE so_exit_candidate SET served_on = #{on} WHERE id = #{id}")
	void setServed(@Param("id") long id, @Param("on") java.time.LocalDate on);

	@Update("UPDATE so_exit_candidate SET hearing_note = #{note} WHERE id = #{id}")
	void setHearingNote(@Param("id") long id, @Param("note") String note);

	/** A detected batch of exit candidates. */
	record ExitBatch(long id, String batchNo, String registrarCode, String status, int candidateCount, String createdBy,
			Instant createdAt, String confirmedBy, Instant confirmedAt) {
	}

}
