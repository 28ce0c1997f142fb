package org.minzheng.flow.org;

/**
 * An organisation unit: the city bureau, a district bureau, a street office or a
 * community.
 */
public record OrgUnit(String code, String name, OrgLevel level, String parentCode) {

	public boolean isStreet() {
		return level == OrgLevel.STREET;
	}

	public boolean isDistrict() {
		return level == OrgLevel.DISTRICT;
	}

	/** Whether this is an external party rather than a unit of the bureau. */
	public boolean isExternal() {
		return level == OrgLevel.EXTERNAL;
	}

}
