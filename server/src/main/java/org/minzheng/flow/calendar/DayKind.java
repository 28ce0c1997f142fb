package org.minzheng.flow.calendar;

/** What an entry of the official holiday arrangement says about a day. */
enum DayKind {

	/** A day off (public holiday, or a weekday given off as part of a holiday). */
	HOLIDAY,

	/** A weekend day that is worked (调休上班). */
	WORKDAY

}
