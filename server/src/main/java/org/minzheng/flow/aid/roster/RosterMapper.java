package org.minzheng.flow.aid.roster;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RosterMapper {

	/** A beneficiary that may have been paid in the month or the one before it. */
	record Paid(long id, String applicationNo, long householdId, String benefitType, String districtCode,
			String streetCode, String selfCareLevel, String supportMode, Long householdIncomeFen,
			LocalDate paymentStart, LocalDate paymentEnd, String status, String endedReason, String applicantName,
			org.minzheng.flow.shared.SealedText applicantIdNumber) {
	}

	/** A member as the amount needs them. */
	record Member(long id, long householdId, String name, LocalDate birthDate, boolean severeDisability,
			boolean seriousIllness) {
	}

	/**
	 * Beneficiaries of the unit (a street, a district, or every one when both are null)
	 * whose payment may fall in {@code previous} or {@code month} (see RosterMapper.xml).
	 */
	List<Paid> paid(@Param("street") String streetCode, @Param("district") String districtCode,
			@Param("previous") LocalDate previous, @Param("month") LocalDate month);

	/** The members of the households, applicant first. */
	List<Member> members(@Param("households") Collection<Long> householdIds);

}
