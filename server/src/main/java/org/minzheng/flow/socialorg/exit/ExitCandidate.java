package org.minzheng.flow.socialorg.exit;

/** An organisation in a zombie-exit batch and its revocation case. */
public record ExitCandidate(long id, String caseNo, long batchId, long organisationId, String reason, String status,
		String hearingNote, String processInstanceId) {
}
