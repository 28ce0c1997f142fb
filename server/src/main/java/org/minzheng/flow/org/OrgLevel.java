package org.minzheng.flow.org;

/** Administrative level of an org unit. */
public enum OrgLevel {

	CITY, DISTRICT, STREET, COMMUNITY

}
