package org.minzheng.flow.socialorg.annual;

import java.time.Instant;
import java.time.LocalDate;

/** The yearly annual-report campaign of a registrar. */
public record AnnualCampaign(long id, int reportYear, String registrarCode, LocalDate deadline, LocalDate reminderOn,
		String status, int caseCount, String openedBy, Instant openedAt, Instant remindedAt,
		Instant deadlineProcessedAt) {
}
