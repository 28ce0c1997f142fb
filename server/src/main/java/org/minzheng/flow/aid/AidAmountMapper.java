package org.minzheng.flow.aid;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** What the amount of a case reads and writes beside {@link AidMapper}. */
@Mapper
interface AidAmountMapper {

	/** A member as the amount needs them. */
	record MemberConditions(long id, String name, LocalDate birthDate, boolean severeDisability,
			boolean seriousIllness) {
	}

	/** The application's figures the amount needs. */
	record CaseFigures(Long declaredIncomeFen, String supportMode, String selfCareLevel) {
	}

	@Update("UPDATE aid_member SET severe_disability = #{severe}, serious_illness = #{ill} WHERE id = #{id}")
	void setConditions(@Param("id") long memberId, @Param("severe") boolean severeDisability,
			@Param("ill") boolean seriousIllness);

	@Update("UPDATE aid_application SET support_mode = #{mode} WHERE id = #{id}")
	void setSupportMode(@Param("id") long applicationId, @Param("mode") String supportMode);

	@Select("SELECT id, name, birth_date, severe_disability, serious_illness FROM aid_member "
			+ "WHERE household_id = #{householdId} ORDER BY applicant DESC, id")
	List<MemberConditions> members(long householdId);

	@Select("SELECT declared_income_fen, support_mode, self_care_level FROM aid_application WHERE id = #{id}")
	CaseFigures figures(long applicationId);

	/** The beneficiary's income and support mode, as approved. */
	@Update("UPDATE aid_beneficiary SET household_income_fen = #{income}, support_mode = #{mode} "
			+ "WHERE application_id = #{id}")
	void setBeneficiaryFigures(@Param("id") long applicationId, @Param("income") long householdIncomeFen,
			@Param("mode") String supportMode);

}
