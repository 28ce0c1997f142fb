package org.minzheng.flow.socialorg.registration;

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

/** Registrations, e-licences, announcements, the model charter's clauses. */
@Mapper
public interface RegistrationMapper {

	@Insert("INSERT INTO so_registration (registration_no, organisation_id, status, charter_text, submitted_by, "
			+ "submitted_at) VALUES (#{no}, #{organisationId}, 'IN_PROGRESS', #{charter}, #{by}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("key") OrganisationMapper.Key key, @Param("no") String no,
			@Param("organisationId") long organisationId, @Param("charter") String charter, @Param("by") String by,
			@Param("now") Instant now);

	@Update("UPDATE so_registration SET registration_no = #{no} WHERE id = #{id}")
	void setNumber(@Param("id") long id, @Param("no") String no);

	@Update("UPDATE so_registration SET process_instance_id = #{pi} WHERE id = #{id}")
	void setProcessInstance(@Param("id") long id, @Param("pi") String pi);

	@Select("SELECT * FROM so_registration WHERE id = #{id}")
	Registration find(long id);

	@Select("SELECT * FROM so_registration WHERE registration_no = #{no}")
	Registration findByNo(String no);

	@Update("UPDATE so_registration SET name_check_note = #{note} WHERE id = #{id}")
	void setNameCheckNote(@Param("id") long id, @Param("note") String note);

	/** The one-time supplement request (一次性告知): refused once it was used. */
	@Update("UPDATE so_registration SET supplement_requested = TRUE, missing_materials = #{missing} "
			+ "WHERE id = #{id} AND supplement_requested = FALSE")
	int requestSupplement(@Param("id") long id, @Param("missing") String missing);

	@Update("UPDATE so_registration SET accepted_at = #{now}, decision_deadline = #{deadline} "
			+ "WHERE id = #{id} AND accepted_at IS NULL")
	int accept(@Param("id") long id, @Param("now") Instant now, @Param("deadline") LocalDate deadline);

	@Update("UPDATE so_registration SET decision = #{decision}, decision_opinion = #{opinion}, decided_by = #{by}, "
			+ "decided_at = #{now} WHERE id = #{id} AND decision IS NULL")
	int decide(@Param("id") long id, @Param("decision") String decision, @Param("opinion") String opinion,
			@Param("by") String by, @Param("now") Instant now);

	@Update("UPDATE so_registration SET licence_no = #{licence} WHERE id = #{id}")
	void setLicence(@Param("id") long id, @Param("licence") String licence);

	@Update("UPDATE so_registration SET announced_at = #{now} WHERE id = #{id}")
	void setAnnounced(@Param("id") long id, @Param("now") Instant now);

	@Update("UPDATE so_registration SET status = #{status}, closed_at = #{now} WHERE id = #{id} AND closed_at IS NULL")
	int close(@Param("id") long id, @Param("status") String status, @Param("now") Instant now);

	@Insert("INSERT INTO so_elicence (licence_no, organisation_id, uscc, issued_at) "
			+ "VALUES (#{licence}, #{organisationId}, #{uscc}, #{now})")
	void insertLicence(@Param("licence") String licence, @Param("organisationId") long organisationId,
			@Param("uscc") String uscc, @Param("now") Instant now);

	@Insert("INSERT INTO so_announcement (kind, organisation_id, registrar_code, case_ref, text, published_at) "
			+ "VALUES (#{kind}, #{organisationId}, #{registrar}, #{caseRef}, #{text}, #{now})")
	void insertAnnouncement(@Param("kind") String kind, @Param("organisationId") long organisationId,
			@Param("registrar") String registrar, @Param("caseRef") String caseRef, @Param("text") String text,
			@Param("now") Instant now);

	@Select("SELECT title, keyword FROM so_charter_clause ORDER BY sort_order")
	List<CharterClause> charterClauses();

	/** A required clause of the model charter and the keyword that shows it is there. */
	record CharterClause(String title, String keyword) {
	}

}
