package org.minzheng.flow.aid.temporary;

import java.time.Instant;
import java.time.LocalDate;

import org.minzheng.flow.shared.SealedText;

/** A temporary-assistance case as its table holds it (amounts in fen). */
public record TemporaryCase(Long id, String caseNo, TemporaryKind kind, String districtCode, String streetCode,
		TemporaryStatus status, String personName, SealedText idNumber, int householdSize, String address,
		String eventType, LocalDate eventDate, String eventDescription, Long householdIncomeFen,
		Long rigidExpenditureFen, Long shortfallFen, String tierLabel, long amountFen, boolean noticeRequired,
		String noticeSkipReason, LocalDate noticeStart, LocalDate noticeEnd, Instant paidAt, Long paymentEntryId,
		String paymentInstruction, LocalDate regularisationDue, boolean regularisationOverdue, String materialNote,
		String reviewOpinion, String approvingOrgUnit, String decision, String decisionOpinion, String decidedBy,
		Instant decidedAt, String recoveryNote, long refundedFen, String processInstanceId, String submittedBy,
		Instant submittedAt, Instant closedAt) {
}
