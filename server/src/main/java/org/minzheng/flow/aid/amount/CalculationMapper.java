package org.minzheng.flow.aid.amount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface CalculationMapper {

	/** A calculation's head row to insert; {@code id} is filled in. */
	final class Head {

		public Long id;

		public final long applicationId;

		public final LocalDate computedFor;

		public final String benefitType;

		public final int persons;

		public final long householdIncomeFen;

		public final long baseFen;

		public final long extraFen;

		public final long totalFen;

		public final String rateIds;

		public final String notes;

		public final Instant computedAt;

		Head(long applicationId, LocalDate computedFor, String benefitType, int persons, long householdIncomeFen,
				long baseFen, long extraFen, long totalFen, String rateIds, String notes, Instant computedAt) {
			this.applicationId = applicationId;
			this.computedFor = computedFor;
			this.benefitType = benefitType;
			this.persons = persons;
			this.householdIncomeFen = householdIncomeFen;
			this.baseFen = baseFen;
			this.extraFen = extraFen;
			this.totalFen = totalFen;
			this.rateIds = rateIds;
			this.notes = notes;
			this.computedAt = computedAt;
		}

	}

	/** A stored calculation's head. */
	record StoredHead(long id, long applicationId, LocalDate computedFor, String benefitType, int persons,
			long householdIncomeFen, long baseFen, long extraFen, long totalFen, String rateIds, String notes,
			Instant computedAt) {
	}

	/** A stored line. */
	record StoredLine(int lineNo, Long memberId, String category, long amountFen, Long rateId, String note) {
	}

	@Insert("INSERT INTO aid_benefit_calculation (application_id, computed_for, benefit_type, persons, "
			+ "household_income_fen, base_fen, extra_fen, total_fen, rate_ids, notes, computed_at) VALUES "
			+ "(#{applicationId}, #{computedFor}, #{benefitType}, #{persons}, #{householdIncomeFen}, #{baseFen}, "
			+ "#{extraFen}, #{totalFen}, #{rateIds}, #{notes}, #{computedAt})")
	@Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
	void insert(Head head);

	@Insert("INSERT INTO aid_benefit_calculation_line (calculation_id, line_no, member_id, category, amount_fen, "
			+ "rate_id, note) VALUES (#{calculationId}, #{lineNo}, #{memberId}, #{category}, #{amountFen}, "
			+ "#{rateId}, #{note})")
	void insertLine(@Param("calculationId") long calculationId, @Param("lineNo") int lineNo,
			@Param("memberId") Long memberId, @Param("category") String category, @Param("amountFen") long amountFen,
			@Param("rateId") Long rateId, @Param("note") String note);

	@Select("SELECT * FROM aid_benefit_calculation WHERE application_id = #{applicationId}")
	StoredHead find(long applicationId);

	@Select("SELECT line_no, member_id, category, amount_fen, rate_id, note FROM aid_benefit_calculation_line "
			+ "WHERE calculation_id = #{calculationId} ORDER BY line_no")
	List<StoredLine> lines(long calculationId);

	@Select("<script>SELECT * FROM aid_benefit_rate WHERE id IN "
			+ "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
	List<RateRecord> rates(@Param("ids") List<Long> ids);

}
