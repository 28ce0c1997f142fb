package org.minzheng.flow.aid.temporary;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A temporary-assistance case as the street clerk registers it. Amounts in fen.
 *
 * @param kind 急难型 or 支出型
 * @param streetCode the street (the clerk's own when null)
 * @param personName the person in need (the applicant of the household)
 * @param idNumber their citizen ID number
 * @param householdSize members of the household
 * @param address where the household lives
 * @param eventType what happened, as a code ({@link EventType})
 * @param eventDate when it happened
 * @param eventDescription what happened, in words
 * @param amountFen 急难型: the amount paid at once from the reserve fund (ignored for 支出型,
 * whose amount follows the tiers)
 * @param householdIncomeFen 支出型: the household's income over the last 12 months
 * @param rigidExpenditureFen 支出型: its rigid expenditure (medical, education …) over the
 * same months
 */
public record RegisterTemporaryCase(@NotNull TemporaryKind kind, @Size(max = 20) String streetCode,
		@NotBlank @Size(max = 100) String personName, @NotBlank @Size(max = 18) String idNumber,
		@Min(1) @Max(30) int householdSize, @NotBlank @Size(max = 300) String address, @NotNull EventType eventType,
		@NotNull LocalDate eventDate, @NotBlank @Size(max = 1000) String eventDescription,
		@PositiveOrZero Long amountFen, @PositiveOrZero Long householdIncomeFen,
		@PositiveOrZero Long rigidExpenditureFen) {

	/** What happened (the event of 一事一救). */
	public enum EventType {

		/** 火灾、交通事故等意外事件. */
		ACCIDENT,
		/** 突发重大疾病. */
		SERIOUS_ILLNESS,
		/** 自然灾害. */
		DISASTER,
		/** 医疗支出. */
		MEDICAL_EXPENSES,
		/** 教育支出. */
		EDUCATION_EXPENSES,
		/** 其他. */
		OTHER

	}

}
