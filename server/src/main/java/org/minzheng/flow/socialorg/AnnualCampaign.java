package org.minzheng.flow.socialorg;

import java.time.Instant;
import java.time.LocalDate;

/** The yearly annual-report campaign of a registrar. */
record AnnualCampaign(long id, int reportYear, String registrarCode, LocalDate deadline, LocalDate reminderOn,
		String status, int caseCount, String openedBy, Instant openedAt, Instant remindedAt,
		Instant deadlineProcessedAt) {
}
