package org.minzheng.flow.lottery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.shared.StatusFlow;

/**
 * An application for a new outlet by a person (ID number) or a legal entity (USCC); one
 * live application per applicant ({@code liveApplicantKey}: the blind index of the key,
 * unique, cleared when it ends). The key itself is sealed at rest.
 */
public record LotteryApplication(long id, String applicationNo, String areaCode, String districtCode,
		String applicantKind, String applicantName, org.minzheng.flow.shared.SealedText applicantKey,
		String liveApplicantKey, LocalDate birthDate, String mobile, String siteAddress, BigDecimal siteLatitude,
		BigDecimal siteLongitude, BigDecimal siteAreaM2, LocalDate leaseUntil, Status status, Boolean recordsClear,
		Integer nearestOutletM, String ineligibleReasons, String reviewOpinion, String contractNo, String terminalNo,
		String certificateNo, String applicantUsername, String processInstanceId, String submittedBy,
		Instant submittedAt, Instant closedAt) {

	/**
	 * The application as staff see it: a citizen ID number (as applicant key) and the
	 * mobile number masked; an organisation's credit code, which is public, stays whole.
	 * The full values stay on the server, where the registry checks use them.
	 */
	public LotteryApplication forStaff() {
		return new LotteryApplication(id, applicationNo, areaCode, districtCode, applicantKind, applicantName,
				org.minzheng.flow.shared.SealedText
					.of(PersonalDataMasking.maskText(org.minzheng.flow.shared.SealedText.valueOf(applicantKey))),
				null, birthDate, PersonalDataMasking.maskText(mobile), siteAddress, siteLatitude, siteLongitude,
				siteAreaM2, leaseUntil, status, recordsClear, nearestOutletM, ineligibleReasons, reviewOpinion,
				contractNo, terminalNo, certificateNo, applicantUsername, processInstanceId, submittedBy, submittedAt,
				closedAt);
	}

	/** Statuses of an application, and where each may go. */
	public enum Status implements StatusFlow<Status> {

		/** Registered; records and qualification being checked. */
		CHECKING,
		/** Qualified; waiting for the district lottery office's review. */
		UNDER_REVIEW, INELIGIBLE, REJECTED,
		/** In the area's queue. */
		QUEUED,
		/** Accepted an offer; inspection, contract, terminal, certificate under way. */
		ACCEPTED,
		/** Left the queue by a recorded rule (decline limit, failed inspection). */
		REMOVED, WITHDRAWN,
		/** Its outlet is open. */
		OPENED;

		@Override
		public boolean canMoveTo(Status next) {
			return switch (this) {
				case CHECKING -> next == UNDER_REVIEW || next == INELIGIBLE;
				case UNDER_REVIEW -> next == QUEUED || next == REJECTED;
				case QUEUED -> next == ACCEPTED || next == REMOVED || next == WITHDRAWN;
				case ACCEPTED -> next == REMOVED || next == OPENED;
				case INELIGIBLE, REJECTED, REMOVED, WITHDRAWN, OPENED -> false;
			};
		}

	}

}
