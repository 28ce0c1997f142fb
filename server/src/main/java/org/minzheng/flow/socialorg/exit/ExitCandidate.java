package org.minzheng.flow.socialorg.exit;

/**
 * An organisation in a zombie-exit batch and its revocation case: how its hearing notice
 * was served ({@code DIRECT}, or {@code ANNOUNCEMENT} for an organisation that cannot be
 * reached), the day the announcement was published and the day service took effect.
 */
public record ExitCandidate(long id, String caseNo, long batchId, long organisationId, String reason, String status,
		String hearingNote, String processInstanceId, String serviceMode, java.time.LocalDate noticePublishedOn,
		java.time.LocalDate servedOn) {
}
