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
			+ "submitted_at, org_scope, public_fundraising) VALUES (#{no}, #{organisationId}, 'IN_PROGRESS', "
			+ "#{charter}, #{by}, #{now}, #{scope}, #{publicFundraising})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("key") OrganisationMapper.Key key, @Param("no") String no,
			@Param("organisationId") long organisationId, @Param("charter") String charter, @Param("by") String by,
			@Param("now") Instant now, @Param("scope") String scope,
			@Param("publicFundraising") boolean publicFundraising);

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

	/**
	 * Closes the case; the caller checked the move with
	 * {@link RegistrationStatus#moveTo}.
	 */
	@Update("UPDATE so_registration SET status = #{to}, closed_at = #{now} "
			+ "WHERE id = #{id} AND status = #{from} AND closed_at IS NULL")
	int close(@Param("id") long id, @Param("from") RegistrationStatus from, @Param("to") RegistrationStatus to,
			@Param("now") Instant now);

	/**
	 * A move of an open case; the caller checked it with
	 * {@link RegistrationStatus#moveTo}.
	 */
	@Update("UPDATE so_registration SET status = #{to} WHERE id = #{id} AND status = #{from} AND closed_at IS NULL")
	int transition(@Param("id") long id, @Param("from") RegistrationStatus from, @Param("to") RegistrationStatus to);

	/** 准予筹备 / 不予筹备, once. */
	@Update("UPDATE so_registration SET preparation_decision = #{decision}, preparation_opinion = #{opinion}, "
			+ "preparation_decided_by = #{by}, preparation_decided_at = #{now} "
			+ "WHERE id = #{id} AND preparation_decision IS NULL")
	int decidePreparation(@Param("id") long id, @Param("decision") String decision, @Param("opinion") String opinion,
			@Param("by") String by, @Param("now") Instant now);

	/**
	 * The approval to prepare took effect: the preparation period runs to
	 * {@code expiresOn}.
	 */
	@Update("UPDATE so_registration SET status = 'PREPARING', preparation_expires_on = #{expiresOn} "
			+ "WHERE id = #{id} AND status = 'IN_PROGRESS' AND preparation_decision = 'APPROVE'")
	int startPreparation(@Param("id") long id, @Param("expiresOn") LocalDate expiresOn);

	/**
	 * The association's establishment application (成立登记申请), while it prepares: the
	 * adopted charter replaces the draft, the decision is due in {@code deadline}.
	 */
	@Update("UPDATE so_registration SET status = 'ESTABLISHMENT_APPLIED', establishment_applied_at = #{now}, "
			+ "founding_meeting_on = #{meetingOn}, founding_meeting_kind = #{meetingKind}, "
			+ "individual_members = #{individual}, unit_members = #{units}, charter_text = #{charter}, "
			+ "decision_deadline = #{deadline} WHERE id = #{id} AND status = 'PREPARING'")
	int applyEstablishment(@Param("id") long id, @Param("now") Instant now, @Param("meetingOn") LocalDate meetingOn,
			@Param("meetingKind") String meetingKind, @Param("individual") int individual, @Param("units") int units,
			@Param("charter") String charter, @Param("deadline") LocalDate deadline);

	/**
	 * The minimum funds of a type and scope (so_funds_minimum), null when none is set.
	 */
	@Select("SELECT minimum_yuan, funds_term, source FROM so_funds_minimum WHERE org_type = #{type} "
			+ "AND org_scope = #{scope} AND public_fundraising = #{publicFundraising}")
	FundsMinimum fundsMinimum(@Param("type") String type, @Param("scope") String scope,
			@Param("publicFundraising") boolean publicFundraising);

	/** Legitimate compounds that contain a forbidden word (so_name_allowed_term). */
	@Select("SELECT term FROM so_name_allowed_term ORDER BY term")
	List<String> allowedNameTerms();

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

	/** The minimum funds of a type and scope, the law's term for them and the source. */
	record FundsMinimum(java.math.BigDecimal minimumYuan, String fundsTerm, String source) {
	}

	/** A required clause of the model charter and the keyword that shows it is there. */
	record CharterClause(String title, String keyword) {
	}

}
