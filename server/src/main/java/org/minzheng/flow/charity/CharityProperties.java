package org.minzheng.flow.charity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the charity chain that do not belong to one process version
 * ({@code minzheng.charity.*}); the decision limits are properties of the process models
 * (the public-fundraising qualification has no term).
 *
 * @param trustFilingCalendarDays days after signing (or after a change or the
 * termination) within which a trust is to be filed; a later filing is accepted and
 * flagged late
 * @param fundraisingMinYears years an organisation must have been a charity before it may
 * apply for the public-fundraising qualification
 */
@ConfigurationProperties("minzheng.charity")
record CharityProperties(@DefaultValue("7") int trustFilingCalendarDays, @DefaultValue("1") int fundraisingMinYears) {
}
