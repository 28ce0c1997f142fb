package org.minzheng.flow.aid.amount;

/**
 * What a benefit rate is a figure of: an amount in fen per person per month, or a share
 * of the 低保 standard in basis points (1 = 0.01%).
 */
public enum RateKind {

	/** 低保标准: fen per person per month. */
	DIBAO_STANDARD("低保标准", false),
	/** 特困人员基本生活供养金: fen per person per month. */
	TEKUN_BASIC("特困基本生活供养金", false),
	/** 生活扶助金, members aged 60 or over: basis points of the 低保 standard. */
	SUPPLEMENT_ELDERLY("生活扶助金（60周岁以上）", true),
	/** 生活扶助金, minors under 18: basis points of the 低保 standard. */
	SUPPLEMENT_MINOR("生活扶助金（未满18周岁）", true),
	/** 生活扶助金, severe disability (重度残疾, grade 1–2): basis points. */
	SUPPLEMENT_SEVERE_DISABILITY("生活扶助金（重度残疾）", true),
	/** 生活扶助金, serious illness (重病): basis points. */
	SUPPLEMENT_SERIOUS_ILLNESS("生活扶助金（重病）", true),
	/** 特困照料护理金, fully self-caring (全自理): fen per person per month. */
	CARE_FULL_SELF_CARE("照料护理金（全自理）", false),
	/** 特困照料护理金, partly self-caring (半自理): fen per person per month. */
	CARE_PARTIAL_SELF_CARE("照料护理金（半自理）", false),
	/** 特困照料护理金, fully dependent (全护理): fen per person per month. */
	CARE_FULL_CARE("照料护理金（全护理）", false);

	private final String label;

	private final boolean basisPoints;

	RateKind(String label, boolean basisPoints) {
		this.label = label;
		this.basisPoints = basisPoints;
	}

	public String label() {
		return label;
	}

	/** Whether the figure is a share of the 低保 standard in basis points (else fen). */
	public boolean basisPoints() {
		return basisPoints;
	}

	/** The care allowance of a self-care level. */
	public static RateKind care(SelfCare level) {
		return switch (level) {
			case FULL_SELF_CARE -> CARE_FULL_SELF_CARE;
			case PARTIAL_SELF_CARE -> CARE_PARTIAL_SELF_CARE;
			case FULL_CARE -> CARE_FULL_CARE;
		};
	}

}
