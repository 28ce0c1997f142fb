package org.minzheng.flow.aid.amount;

/** How a 特困 person is supported. */
public enum SupportMode {

	/** 集中供养: in an institution, which receives the payment. */
	CENTRALISED("集中供养"),
	/** 分散供养: at home, paid to the person. */
	DISPERSED("分散供养");

	private final String label;

	SupportMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
