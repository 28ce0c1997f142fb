package org.minzheng.flow.lottery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Qualification rules that apply to every area ({@code minzheng.lottery.*}); the minimum
 * distance, the answer deadline and the decline limit are each area's own.
 *
 * @param minAge youngest age of an individual applicant
 * @param minLeaseMonths shortest remaining site lease, in months from the application
 * @param minSiteAreaM2 smallest site area in square metres
 * @param defaultMinDistanceM minimum distance to any standing outlet for a new area
 * @param defaultAnswerWorkingDays answer deadline of an offer for a new area
 * @param defaultMaxDeclines passes (declines or expiries) before removal, for a new area
 */
@ConfigurationProperties("minzheng.lottery")
record LotteryProperties(@DefaultValue("18") int minAge, @DefaultValue("12") int minLeaseMonths,
		@DefaultValue("10") int minSiteAreaM2, @DefaultValue("300") int defaultMinDistanceM,
		@DefaultValue("5") int defaultAnswerWorkingDays, @DefaultValue("2") int defaultMaxDeclines) {
}
