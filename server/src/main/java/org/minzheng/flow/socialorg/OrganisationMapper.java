package org.minzheng.flow.socialorg;

import java.math.BigDecimal;
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
import org.minzheng.flow.socialorg.credit.CreditState;
import org.minzheng.flow.socialorg.credit.CreditTransition;

/** Organisations, their credit-list moves and penalties, and the name-check data. */
@Mapper
public interface OrganisationMapper {

	/** Holder for generated keys. */
	final class Key {

		public Long id;

	}

	@Insert("INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, supervisory_unit_code, "
			+ "province_entrusted, entrustment_basis, status, credit_state, domicile, capital_yuan, legal_rep_name, "
			+ "legal_rep_id_number, party_members, created_at) VALUES (#{name}, #{type}, #{mode}, #{registrar}, "
			+ "#{supervisor}, #{entrusted}, #{basis}, 'PREPARING', 'NORMAL', #{domicile}, #{capital}, #{repName}, "
			+ "#{repId,typeHandler=sealed}, #{partyMembers}, #{now})")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("key") Key key, @Param("name") String name, @Param("type") OrganisationType type,
			@Param("mode") String mode, @Param("registrar") String registrar, @Param("supervisor") String supervisor,
			@Param("entrusted") boolean entrusted, @Param("basis") String basis, @Param("domicile") String domicile,
			@Param("capital") BigDecimal capital, @Param("repName") String repName, @Param("repId") String repId,
			@Param("partyMembers") Integer partyMembers, @Param("now") Instant now);

	@Select("SELECT * FROM so_organisation WHERE id = #{id}")
	Organisation find(long id);

	@Insert("INSERT INTO so_returned_letter (organisation_id, tracking_no, sent_on, returned_on, recorded_by, recorded_at) "
			+ "VALUES (#{id}, #{trackingNo}, #{sentOn}, #{returnedOn}, #{by}, #{at})")
	void insertReturnedLetter(@Param("id") long id, @Param("trackingNo") String trackingNo,
			@Param("sentOn") LocalDate sentOn, @Param("returnedOn") LocalDate returnedOn, @Param("by") String by,
			@Param("at") Instant at);

	@Select("SELECT COUNT(*) FROM so_returned_letter WHERE organisation_id = #{id} AND tracking_no = #{trackingNo}")
	int countLetter(@Param("id") long id, @Param("trackingNo") String trackingNo);

	/**
	 * Letters returned since the organisation's last move on the credit lists (or ever).
	 */
	@Select("SELECT COUNT(*) FROM so_returned_letter l WHERE l.organisation_id = #{id} AND l.recorded_at > "
			+ "COALESCE((SELECT MAX(t.recorded_at) FROM so_credit_transition t WHERE t.organisation_id = #{id}), "
			+ "TIMESTAMP '1970-01-01 00:00:00')")
	int returnedSinceLastMove(long id);

	@Select("SELECT * FROM so_organisation WHERE uscc = #{uscc}")
	Organisation findByUscc(String uscc);

	@Select("<script>SELECT * FROM so_organisation WHERE registrar_code IN "
			+ "<foreach item='c' collection='registrars' open='(' separator=',' close=')'>#{c}</foreach>"
			+ "<if test='state != null'> AND credit_state = #{state}</if>"
			+ "<if test='status != null'> AND status = #{status}</if> ORDER BY id LIMIT #{limit} OFFSET #{offset}</script>")
	List<Organisation> list(@Param("registrars") Collection<String> registrars, @Param("state") CreditState state,
			@Param("status") String status, @Param("offset") int offset, @Param("limit") int limit);

	@Select("SELECT id FROM so_organisation WHERE registrar_code = #{registrar} AND status = 'REGISTERED' ORDER BY id")
	List<Long> activeIds(String registrar);

	/** Whether another organisation (registered or being registered) has the name. */
	@Select("SELECT COUNT(*) FROM so_organisation WHERE name = #{name} AND id <> #{self} "
			+ "AND status IN ('PREPARING', 'REGISTERED')")
	int countNameTaken(@Param("name") String name, @Param("self") long self);

	@Select("SELECT COUNT(*) FROM so_reserved_name WHERE name = #{name} AND reserved_until >= #{today}")
	int countReserved(@Param("name") String name, @Param("today") LocalDate today);

	@Select("SELECT word FROM so_forbidden_word ORDER BY word")
	List<String> forbiddenWords();

	@Update("UPDATE so_organisation SET status = #{to} WHERE id = #{id} AND status = #{from}")
	int transitionStatus(@Param("id") long id, @Param("from") String from, @Param("to") String to);

	/** Compare-and-set: the organisation gets its code only once. */
	@Update("UPDATE so_organisation SET uscc = #{uscc}, status = 'REGISTERED', registered_on = #{today}, "
			+ "last_activity_on = #{today} WHERE id = #{id} AND status = 'PREPARING' AND uscc IS NULL")
	int register(@Param("id") long id, @Param("uscc") String uscc, @Param("today") LocalDate today);

	/** Compare-and-set move on the credit lists. */
	@Update("UPDATE so_organisation SET credit_state = #{to}, credit_since = #{since} "
			+ "WHERE id = #{id} AND credit_state = #{from}")
	int moveCredit(@Param("id") long id, @Param("from") CreditState from, @Param("to") CreditState to,
			@Param("since") LocalDate since);

	@Insert("INSERT INTO so_credit_transition (organisation_id, from_state, to_state, reason_code, reason_text, "
			+ "effective_on, case_ref, actor, recorded_at) VALUES (#{t.organisationId}, #{t.fromState}, #{t.toState}, "
			+ "#{t.reasonCode}, #{t.reasonText}, #{t.effectiveOn}, #{t.caseRef}, #{t.actor}, #{t.recordedAt})")
	void insertTransition(@Param("t") CreditTransition transition);

	@Select("SELECT * FROM so_credit_transition WHERE organisation_id = #{id} ORDER BY id")
	List<CreditTransition> transitions(long organisationId);

	@Select("SELECT * FROM so_credit_transition WHERE organisation_id = #{id} ORDER BY id DESC LIMIT 1")
	CreditTransition lastTransition(long organisationId);

	/** Organisations that have stood in a state since on or before the date. */
	@Select("SELECT id FROM so_organisation WHERE credit_state = #{state} AND credit_since <= #{since} ORDER BY id "
			+ "LIMIT #{limit}")
	List<Long> inStateSince(@Param("state") CreditState state, @Param("since") LocalDate since,
			@Param("limit") int limit);

	@Select("SELECT COUNT(*) FROM so_penalty WHERE organisation_id = #{id} AND decided_on > #{after}")
	int countPenaltiesAfter(@Param("id") long organisationId, @Param("after") LocalDate after);

	/** Credit-list moves not yet shared with the public credit platform, oldest first. */
	@Select("SELECT t.id, o.uscc, o.name, o.registrar_code, t.to_state, t.reason_code, t.reason_text, t.effective_on "
			+ "FROM so_credit_transition t JOIN so_organisation o ON o.id = t.organisation_id "
			+ "WHERE t.pushed_at IS NULL ORDER BY t.id LIMIT #{limit}")
	List<UnpushedMove> unpushed(int limit);

	@Update("UPDATE so_credit_transition SET pushed_at = #{now} WHERE id = #{id} AND pushed_at IS NULL")
	int markPushed(@Param("id") long id, @Param("now") Instant now);

	/** A move to share with the credit platform. */
	record UnpushedMove(long id, String uscc, String name, String registrarCode, String toState, String reasonCode,
			String reasonText, LocalDate effectiveOn) {
	}

}
