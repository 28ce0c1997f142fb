package org.minzheng.flow.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A business line (业务条线) of the bureau. A role is held for one line at one org unit: a
 * lottery reviewer at 盐田区 is not a cemetery reviewer there and sees nothing of 低保. The
 * code is the feature's short name, used in candidate groups
 * ({@code aid-clerk@440308001}), URLs and the database; process keys start with
 * {@link #processKeyPrefix()}.
 */
public enum BusinessLine {

	/** 社会救助: 低保, 特困, 临时救助. */
	AID("aid", "Aid", "社会救助", "Social assistance", "DB-", "TK-", "LS-"),
	/** 社会组织管理: registration, annual report, credit lists, spot checks, exit. */
	SOCIALORG("socialorg", "SocialOrg", "社会组织管理", "Social organisations", "SO-"),
	/** 慈善: recognition, public fundraising, charitable trusts. */
	CHARITY("charity", "Charity", "慈善", "Charity", "CH-", "CT-", "CTF-"),
	/** 福彩: the welfare-lottery outlet waitlist. */
	LOTTERY("lottery", "Lottery", "福彩", "Welfare lottery", "LT-", "LTK-", "LTO-", "LTR-", "LTS-"),
	/** 殡葬: the commercial-cemetery annual inspection. */
	CEMETERY("cemetery", "Cemetery", "殡葬", "Cemeteries", "CEM-"),
	/** 养老服务: 高龄津贴 (senior allowance), public care-home waitlist. */
	ELDERLY("elderly", "Elderly", "养老服务", "Elderly services", "GL-", "YL-");

	/** How a line-less assignment is stored and shown. */
	public static final String ALL_LINES = "*";

	private final String code;

	private final String processKeyPrefix;

	private final String nameZh;

	private final String nameEn;

	private final java.util.List<String> caseRefPrefixes;

	BusinessLine(String code, String processKeyPrefix, String nameZh, String nameEn, String... caseRefPrefixes) {
		this.caseRefPrefixes = java.util.List.of(caseRefPrefixes);
		this.code = code;
		this.processKeyPrefix = processKeyPrefix;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String code() {
		return code;
	}

	public String processKeyPrefix() {
		return processKeyPrefix;
	}

	public String nameZh() {
		return nameZh;
	}

	public String nameEn() {
		return nameEn;
	}

	/**
	 * How the numbers of this line's cases begin ({@code DB-} 低保, {@code TK-} 特困, …): the
	 * audit trail is read by line through them.
	 */
	public java.util.List<String> caseRefPrefixes() {
		return caseRefPrefixes;
	}

	/** The line a case number belongs to, by its prefix. */
	public static Optional<BusinessLine> ofCaseRef(String caseRef) {
		if (caseRef == null) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter(line -> line.caseRefPrefixes.stream().anyMatch(caseRef::startsWith))
			.findFirst();
	}

	/** The line of a code ({@code aid}), case-insensitive. */
	public static Optional<BusinessLine> of(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String wanted = code.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(line -> line.code.equals(wanted)).findFirst();
	}

	/**
	 * The line a process belongs to, by its key's prefix ({@code AidApplicationProcess} →
	 * AID): every process key starts with its line's name, which the model rules check.
	 */
	public static Optional<BusinessLine> ofProcessKey(String processKey) {
		if (processKey == null) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter(line -> processKey.startsWith(line.processKeyPrefix)
					&& processKey.length() > line.processKeyPrefix.length()
					&& Character.isUpperCase(processKey.charAt(line.processKeyPrefix.length())))
			.findFirst();
	}

	/** The line a candidate group offers a task in: {@code aid-clerk@440308001} → AID. */
	public static Optional<BusinessLine> ofGroup(String group) {
		if (group == null) {
			return Optional.empty();
		}
		int dash = group.indexOf('-');
		return dash < 0 ? Optional.empty() : of(group.substring(0, dash));
	}

}
