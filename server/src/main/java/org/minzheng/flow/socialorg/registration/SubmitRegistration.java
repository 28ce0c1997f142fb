package org.minzheng.flow.socialorg.registration;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.socialorg.OrganisationType;

/**
 * A registration application as the registrar's clerk records it.
 *
 * @param name the proposed name
 * @param orgType 社会团体 / 社会服务机构 / 基金会
 * @param managementMode DIRECT or DUAL
 * @param registrarCode 440300 (city) or a district bureau
 * @param supervisoryUnitCode the business supervisory unit (external party), DUAL only
 * @param provinceEntrusted a foundation registered by the province and entrusted to the
 * city
 * @param entrustmentBasis the basis of that entrustment
 * @param domicile 住所
 * @param capitalYuan the funds in yuan: 活动资金 (association), 开办资金 (social-service
 * institution), 原始基金 (foundation)
 * @param legalRepName 法定代表人
 * @param legalRepIdNumber their citizen ID number
 * @param partyMembers number of Party members among the staff (党员情况)
 * @param charterText the charter (章程); an association's draft until its founding meeting
 * @param orgScope LOCAL (地方性, also 跨行政区域, the default) or NATIONAL (全国性)
 * @param publicFundraising a foundation only: whether it seeks public fundraising (公开募捐)
 */
record SubmitRegistration(@NotBlank @Size(min = 4, max = 100) String name, @NotNull OrganisationType orgType,
		@NotBlank @Size(max = 10) String managementMode, @NotBlank @Size(max = 20) String registrarCode,
		@Size(max = 20) String supervisoryUnitCode, boolean provinceEntrusted, @Size(max = 200) String entrustmentBasis,
		@NotBlank @Size(max = 300) String domicile,
		@NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2,
				message = "活动资金、开办资金或原始基金须为金额（元，至多两位小数，整数部分不超过 14 位）") BigDecimal capitalYuan,
		@NotBlank @Size(max = 100) String legalRepName, @NotBlank @Size(max = 18) String legalRepIdNumber,
		@NotNull @Min(0) Integer partyMembers, @NotBlank @Size(max = 20000) String charterText,
		@Size(max = 16) String orgScope, Boolean publicFundraising) {
}
