package org.minzheng.flow.socialorg.registration;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An association's establishment application (成立登记申请), recorded by the registrar's clerk
 * during the preparation period.
 *
 * @param foundingMeetingOn the day of the founding meeting
 * @param foundingMeetingKind GENERAL_ASSEMBLY (会员大会) or REPRESENTATIVE_ASSEMBLY (会员代表大会)
 * @param individualMembers individual members (个人会员)
 * @param unitMembers institutional members (单位会员)
 * @param charterText the charter as the meeting adopted it
 */
record ApplyEstablishment(@NotNull LocalDate foundingMeetingOn, @NotBlank @Size(max = 24) String foundingMeetingKind,
		@NotNull @Min(0) @Max(10_000_000) Integer individualMembers,
		@NotNull @Min(0) @Max(10_000_000) Integer unitMembers, @NotBlank @Size(max = 20000) String charterText) {
}
