package org.minzheng.flow.carehome;

import java.time.Instant;
import java.time.LocalDate;

import org.minzheng.flow.shared.StatusFlow;

/**
 * An elder's application for a place in a public care home; one live application per ID
 * number ({@code liveIdKey}: the blind index, unique, cleared when it ends). Only the
 * masked ID number is kept.
 */
public record CareHomeApplication(long id, String applicationNo, String homeCode, String districtCode, String unitCode,
		String applicantName, String idNumberMasked, String liveIdKey, LocalDate birthDate, String tierCode,
		Status status, Integer careLevel, String assessmentOpinion, String assessedBy, Instant assessedAt,
		String submittedBy, Instant submittedAt, Instant closedAt) {

	/** Statuses of an application, and where each may go. */
	public enum Status implements StatusFlow<Status> {

		/** Registered; the district assesses the care needs. */
		ASSESSING,
		/** Assessed below the home's threshold (or not in need of care). */
		NOT_ELIGIBLE,
		/** In the home's queue. */
		QUEUED,
		/** Accepted an offered bed; admission under way. */
		ACCEPTED,
		/** Left the queue by a recorded rule (decline limit, admission fell through). */
		REMOVED, WITHDRAWN,
		/** Admitted to the home. */
		ADMITTED;

		@Override
		public boolean canMoveTo(Status next) {
			return switch (this) {
				case ASSESSING -> next == QUEUED || next == NOT_ELIGIBLE || next == WITHDRAWN;
				case QUEUED -> next == ACCEPTED || next == REMOVED || next == WITHDRAWN;
				case ACCEPTED -> next == REMOVED || next == ADMITTED;
				case NOT_ELIGIBLE, REMOVED, WITHDRAWN, ADMITTED -> false;
			};
		}

	}

}
