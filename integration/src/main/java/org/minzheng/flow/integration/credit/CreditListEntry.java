package org.minzheng.flow.integration.credit;

import java.time.LocalDate;

/**
 * One move of a social organisation on a credit list.
 *
 * @param uscc the organisation's code ({@code null} for one never registered)
 * @param name its name
 * @param list ABNORMAL, SERIOUS, or NORMAL (removed)
 * @param reasonCode why
 * @param reasonText why, for people
 * @param effectiveOn since when
 * @param authority the registrar's org unit code
 */
public record CreditListEntry(String uscc, String name, String list, String reasonCode, String reasonText,
		LocalDate effectiveOn, String authority) {
}
