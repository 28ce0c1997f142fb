package org.minzheng.flow.org;

/** Administrative level of an org unit. */
public enum OrgLevel {

	CITY, DISTRICT, STREET, COMMUNITY,

	/**
	 * An external party the bureau works with, outside the administrative tree: a
	 * business supervisory unit (业务主管单位), an accounting firm, a cemetery operator, a
	 * joint enforcement unit. Its parent is the bureau it answers to, so that bureau's
	 * staff see its tasks; its own users hold
	 * {@link org.minzheng.flow.security.Role#PARTY} there and see nothing above it.
	 * Features seed their parties by migration (codes {@code <feature prefix>-…}, e.g.
	 * {@code SO-SU-0001}).
	 */
	EXTERNAL

}
