package org.minzheng.flow.socialorg.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration application (成立登记申请); for an association also its first stage, the
 * application to prepare (筹备申请), with the preparation decision and the establishment
 * application that follows it.
 */
public record Registration(long id, String registrationNo, long organisationId, RegistrationStatus status,
		String charterText, String nameCheckNote, boolean supplementRequested, String missingMaterials,
		Instant acceptedAt, LocalDate decisionDeadline, String decision, String decisionOpinion, String decidedBy,
		Instant decidedAt, String licenceNo, Instant announcedAt, String processInstanceId, String submittedBy,
		Instant submittedAt, Instant closedAt, String orgScope, boolean publicFundraising, String preparationDecision,
		String preparationOpinion, String preparationDecidedBy, Instant preparationDecidedAt,
		LocalDate preparationExpiresOn, Instant establishmentAppliedAt, LocalDate foundingMeetingOn,
		String foundingMeetingKind, Integer individualMembers, Integer unitMembers) {

}
