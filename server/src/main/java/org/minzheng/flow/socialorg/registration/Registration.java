package org.minzheng.flow.socialorg.registration;

import java.time.Instant;
import java.time.LocalDate;

/** A registration application (成立登记申请). */
public record Registration(long id, String registrationNo, long organisationId, String status, String charterText,
		String nameCheckNote, boolean supplementRequested, String missingMaterials, Instant acceptedAt,
		LocalDate decisionDeadline, String decision, String decisionOpinion, String decidedBy, Instant decidedAt,
		String licenceNo, Instant announcedAt, String processInstanceId, String submittedBy, Instant submittedAt,
		Instant closedAt) {

	static final String IN_PROGRESS = "IN_PROGRESS";

}
