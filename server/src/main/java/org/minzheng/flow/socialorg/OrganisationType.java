package org.minzheng.flow.socialorg;

/** 社会组织类型. */
public enum OrganisationType {

	/** 社会团体. */
	ASSOCIATION("社会团体"),
	/** 社会服务机构（原民办非企业单位）. */
	SOCIAL_SERVICE("社会服务机构"),
	/** 基金会. */
	FOUNDATION("基金会");

	private final String label;

	OrganisationType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
