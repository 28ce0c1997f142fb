package org.minzheng.flow.socialorg.spotcheck;

import java.time.Instant;
import java.time.LocalDate;

/** One drawn organisation of a spot check. */
public record SpotCheckItem(long id, String itemNo, long spotCheckId, long organisationId, String status,
		String findings, LocalDate rectificationDue, String result, Instant publishedAt, String processInstanceId) {
}
