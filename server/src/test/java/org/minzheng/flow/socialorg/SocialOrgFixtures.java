package org.minzheng.flow.socialorg;

import java.util.LinkedHashMap;
import java.util.Map;

import org.minzheng.flow.shared.CitizenIdNumber;

/** Requests the socialorg tests (and the authorisation matrix) send. */
public final class SocialOrgFixtures {

	public static final String CHARTER = """
			第一章 总则：本会名称、住所设在深圳市。本会的宗旨是团结登山爱好者，推广全民健身。
			本会坚持中国共产党的全面领导，根据党章规定设立党的组织，开展党的活动。
			第二章 会员：会员享有选举权、被选举权等权利，履行遵守章程的义务。
			第三章 组织机构和负责人产生、罢免：理事会选举产生负责人。
			第四章 资产管理、使用原则：资产来源合法，不得在会员中分配。
			第五章 章程修改程序：章程修改须经会员大会表决通过。
			第六章 终止程序及终止后的财产处理：终止后剩余财产用于公益事业。
			""";

	private SocialOrgFixtures() {
	}

	public static String idNumber(String first17) {
		return first17 + CitizenIdNumber.checkCharacter(first17);
	}

	/**
	 * An association's establishment application: the general assembly met on
	 * {@code meetingOn} and adopted {@link #CHARTER}.
	 */
	public static Map<String, Object> establishment(java.time.LocalDate meetingOn, int individualMembers,
			int unitMembers) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("foundingMeetingOn", meetingOn.toString());
		request.put("foundingMeetingKind", "GENERAL_ASSEMBLY");
		request.put("individualMembers", individualMembers);
		request.put("unitMembers", unitMembers);
		request.put("charterText", CHARTER);
		return request;
	}

	public static Map<String, Object> registration(String name, String registrar, String mode, String supervisoryUnit) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name);
		request.put("orgType", "ASSOCIATION");
		request.put("managementMode", mode);
		request.put("registrarCode", registrar);
		request.put("supervisoryUnitCode", supervisoryUnit);
		request.put("provinceEntrusted", false);
		request.put("domicile", "深圳市福田区福中三路 1 号");
		request.put("capitalYuan", 50000);
		request.put("legalRepName", "欧阳𠮷");
		request.put("legalRepIdNumber", idNumber("44030419800101123"));
		request.put("partyMembers", 3);
		request.put("charterText", CHARTER);
		return request;
	}

}
