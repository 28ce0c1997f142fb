package org.minzheng.flow.aid.temporary;

/** The two kinds of temporary assistance. */
public enum TemporaryKind {

	/** 急难型: paid at once from the street's reserve fund, regularised afterwards. */
	EMERGENCY("急难型"),
	/** 支出型: an expenditure-hardship household, paid after approval. */
	EXPENDITURE("支出型");

	private final String label;

	TemporaryKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
