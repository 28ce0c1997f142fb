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

}
