package org.minzheng.flow.aid;

/** The benefit applied for; the code is what the process carries. */
public enum BenefitType {

	/** 最低生活保障. */
	DIBAO("低保", "DB"),
	/** 特困人员供养. */
	TEKUN("特困", "TK");

	private final String label;

	private final String numberPrefix;

	BenefitType(String label, String numberPrefix) {
		this.label = label;
		this.numberPrefix = numberPrefix;
	}

	public String label() {
		return label;
	}

	/** Prefix of application numbers: DB-440308-2026-000123. */
	public String numberPrefix() {
		return numberPrefix;
	}

}
