package org.minzheng.flow.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test households with valid, distinct citizen ID numbers (GB 11643 check digits computed
 * here).
 */
public final class AidFixtures {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

	private AidFixtures() {
	}

	/**
	 * A valid ID number: region, birth date (yyyyMMdd), a fresh 3-digit sequence (100 to
	 * 996: 997-999 pin the economic-check simulator's verdict), and its check digit. Once
	 * the sequences are used up the birth date moves on a day, so that no two calls in a
	 * run give the same number (one person has one open application at a time).
	 */
	public static String idNumber(String region, String birthDate) {
		int n = SEQUENCE.getAndIncrement();
		String born = java.time.LocalDate.parse(birthDate, java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
			.plusDays(n / 897)
			.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
		return withCheckDigit(region + born + String.format("%03d", n % 897 + 100));
	}

	public static String withCheckDigit(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK.charAt(sum % 11);
	}

	public static Map<String, Object> member(String name, String idNumber, String relation) {
		return Map.of("name", name, "idNumber", idNumber, "relation", relation, "hukouStatus", "SHENZHEN_HUKOU",
				"authorisationSigned", true);
	}

	/** A 低保 application of a two-person household at the given street. */
	public static Map<String, Object> application(String streetCode, String applicantName, String applicantId) {
		return Map.of("benefitType", "DIBAO", "competentStreetCode", streetCode, "address", "测试路 1 号 101 室",
				"conflictOfInterest", false, "members", List.of(member(applicantName, applicantId, "APPLICANT"),
						member("李秀英", idNumber("440308", "19620315"), "SPOUSE")),
				"declaration", declaration());
	}

	/**
	 * A complete home-investigation record (入户调查记录) for {@code PUT
	 * /api/aid/applications/{no}/investigation}: two workers of a contracted organisation
	 * (valid for any street), the household's situation, one neighbour visited, no
	 * photos.
	 */
	public static Map<String, Object> investigationRecord(java.time.LocalDate visitedOn) {
		return Map.of("investigatorKind", "CONTRACTED", "organisation", "测试社工服务中心", "investigators",
				List.of("张社工", "李社工"), "visitedOn", visitedOn.toString(), "housing", "自有住房一套，约 45 平方米", "incomeSources",
				"申请人退休金；配偶无收入", "health", "配偶患慢性病，需长期服药", "neighbours",
				List.of(Map.of("name", "王大妈", "relation", "对门邻居", "statement", "家中确实困难")), "photoAttachmentIds",
				List.of());
	}

	/**
	 * A signed declaration: 1,200 yuan a month, 8,000 yuan savings, no vehicle, no other
	 * dwelling.
	 */
	public static Map<String, Object> declaration() {
		return Map.of("monthlyIncomeFen", 120000, "financialAssetsFen", 800000, "vehicles", 0, "otherProperties", 0,
				"signed", true);
	}

}
