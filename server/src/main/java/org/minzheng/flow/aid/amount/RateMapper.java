package org.minzheng.flow.aid.amount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface RateMapper {

	/** A proposal to insert; {@code id} is filled in. */
	final class NewRate {

		public Long id;

		public final RateKind kind;

		public final LocalDate effectiveFrom;

		public final Long amountFen;

		public final Integer basisPoints;

		public final String documentNo;

		public final String documentTitle;

		public final String proposedBy;

		public final Instant proposedAt;

		NewRate(RateKind kind, LocalDate effectiveFrom, Long amountFen, Integer basisPoints, String documentNo,
				String documentTitle, String proposedBy, Instant proposedAt) {
			this.kind = kind;
			this.effectiveFrom = effectiveFrom;
			this.amountFen = amountFen;
			this.basisPoints = basisPoints;
			this.documentNo = documentNo;
			this.documentTitle = documentTitle;
			this.proposedBy = proposedBy;
			this.proposedAt = proposedAt;
		}

	}

	@Insert("INSERT INTO aid_benefit_rate (kind, effective_from, amount_fen, basis_points, document_no, document_title, "
			+ "status, proposed_by, proposed_at) VALUES (#{kind}, #{effectiveFrom}, #{amountFen}, #{basisPoints}, "
			+ "#{documentNo}, #{documentTitle}, 'PROPOSED', #{proposedBy}, #{proposedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
	void insert(NewRate rate);

	@Select("SELECT * FROM aid_benefit_rate WHERE id = #{id}")
	RateRecord find(long id);

	@Select("SELECT * FROM aid_benefit_rate ORDER BY kind, effective_from DESC, id DESC")
	List<RateRecord> all();

	@Select("SELECT * FROM aid_benefit_rate WHERE status = 'IN_FORCE' ORDER BY kind, effective_from")
	List<RateRecord> inForce();

	@Select("SELECT MAX(effective_from) FROM aid_benefit_rate WHERE kind = #{kind} AND status = 'IN_FORCE'")
	LocalDate latestInForce(RateKind kind);

	@Select("SELECT COUNT(*) FROM aid_benefit_rate WHERE kind = #{kind} AND effective_from = #{from} AND status = 'PROPOSED'")
	int countPending(@Param("kind") RateKind kind, @Param("from") LocalDate effectiveFrom);

	/**
	 * Compare-and-set: PROPOSED → IN_FORCE (the unique key keeps one per kind and month).
	 */
	@Update("UPDATE aid_benefit_rate SET status = 'IN_FORCE', approved_by = #{by}, approved_at = #{now}, "
			+ "in_force_key = #{key} WHERE id = #{id} AND status = 'PROPOSED'")
	int approve(@Param("id") long id, @Param("by") String by, @Param("now") Instant now, @Param("key") String key);

	/** Compare-and-set: PROPOSED → REJECTED. */
	@Update("UPDATE aid_benefit_rate SET status = 'REJECTED', rejected_by = #{by}, rejected_at = #{now}, "
			+ "rejection_reason = #{reason} WHERE id = #{id} AND status = 'PROPOSED'")
	int reject(@Param("id") long id, @Param("by") String by, @Param("now") Instant now, @Param("reason") String reason);

}
