package org.minzheng.flow.carehome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.carehome.CareHomeApplication.Status;
import org.minzheng.flow.carehome.CareHomeApplications.OfferAction;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of an application: assessed below the threshold, withdrawn before and during
 * the wait, declined up to the limit, accepted and admitted, accepted and fallen through
 * (the bed goes to the next), a higher tier going ahead, and the refusals; the home's
 * chain verifies after each.
 */
@ApplicationTest
class CareHomePathsIT {

	@Autowired
	CareHomeFixtures fixtures;

	@Autowired
	CareHomeApplications applications;

	@Autowired
	CareHomeMapper rows;

	@Autowired
	CareQueueVerifier verifier;

	@Test
	void belowTheHomesThresholdTheApplicationEndsNotEligibleAndTheElderMayApplyAgain() {
		CareHome home = fixtures.home(2, 2);
		LocalDate born = LocalDate.of(1940, 5, 1);
		CareHomeApplication application = fixtures.submitted(home, "DIBAO", born);
		assertThat(application.status()).isEqualTo(Status.ASSESSING);
		assertThat(application.applicationNo()).startsWith("YL-440308-");

		CareHomeApplication assessed = fixtures.assessed(application, 0);

		assertThat(assessed.status()).isEqualTo(Status.NOT_ELIGIBLE);
		assertThat(assessed.careLevel()).isZero();
		assertThat(rows.entryOfApplication(assessed.id())).isNull();
		assertThat(verifier.verify(home.code()).intact()).isTrue();
	}

	@Test
	void aSecondLiveApplicationAnElderUnderSixtyAndABadIdAreRefused() {
		CareHome home = fixtures.home(2, 2);
		LocalDate born = CareHomeFixtures.randomBirthDate();
		String id = CareHomeFixtures.idNumber(born);
		applications.submit(new CareHomeApplications.NewApplication(home.code(), "甲", id, "GENERAL", null),
				fixtures.user(CareHomeFixtures.CLERK));
		assertThatThrownBy(() -> applications.submit(
				new CareHomeApplications.NewApplication(home.code(), "甲", id, "GENERAL", null),
				fixtures.user(CareHomeFixtures.CLERK)))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("CARE_APPLICATION_LIVE"));
		assertThatThrownBy(() -> applications.submit(
				new CareHomeApplications.NewApplication(home.code(), "乙",
						CareHomeFixtures.idNumber(LocalDate.now().minusYears(50)), "GENERAL", null),
				fixtures.user(CareHomeFixtures.CLERK)))
			.isInstanceOfSatisfying(ApiException.class,
					e -> assertThat(e.code()).isEqualTo("CARE_APPLICANT_TOO_YOUNG"));
		assertThatThrownBy(() -> applications.submit(
				new CareHomeApplications.NewApplication(home.code(), "丙", "440308194001010000", "GENERAL", null),
				fixtures.user(CareHomeFixtures.CLERK)))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("CARE_ID_NUMBER_INVALID"));
		assertThatThrownBy(
				() -> applications.submit(
						new CareHomeApplications.NewApplication(home.code(), "丁",
								CareHomeFixtures.idNumber(born.plusDays(1)), "NOBODY", null),
						fixtures.user(CareHomeFixtures.CLERK)))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("CARE_TIER_UNKNOWN"));
	}

	@Test
	void onlyTheDistrictsReviewerAssessesAndOnlyItsApproverReleasesBedsUpToTheHomesBeds() {
		CareHome home = fixtures.home(1, 2);
		CareHomeApplication application = fixtures.submitted(home, "GENERAL", CareHomeFixtures.randomBirthDate());
		assertThatThrownBy(() -> applications.assess(application.applicationNo(),
				new CareHomeApplications.Assessment(2, "x"), fixtures.user(CareHomeFixtures.CLERK)))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("CARE_NOT_ASSESSOR"));
		// the street clerk does not reach the district's home at all; the district's
		// reviewer reads it but may not release beds
		assertThatThrownBy(() -> applications.releaseBed(home.code(), "B", fixtures.user(CareHomeFixtures.CLERK)))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("CARE_HOME_NOT_FOUND"));
		assertThatThrownBy(() -> applications.releaseBed(home.code(), "B", fixtures.user(CareHomeFixtures.REVIEWER)))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("CARE_NOT_BED_RELEASER"));
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		assertThatThrownBy(() -> applications.releaseBed(home.code(), "B-2", fixtures.user(CareHomeFixtures.APPROVER)))
			.isInstanceOfSatisfying(ApiException.class,
					e -> assertThat(e.code()).isEqualTo("CARE_HOME_BEDS_EXHAUSTED"));
		assertThat(verifier.verify(home.code()).intact()).isTrue();
	}

	@Test
	void withdrawnBeforeAssessmentAndWhileWaitingButNotWhileHoldingAnOffer() {
		CareHome home = fixtures.home(1, 2);
		CareHomeApplication early = fixtures.submitted(home, "GENERAL", CareHomeFixtures.randomBirthDate());
		assertThat(applications.withdraw(early.applicationNo(), fixtures.user(CareHomeFixtures.CLERK)).status())
			.isEqualTo(Status.WITHDRAWN);
		CareHomeApplication first = fixtures.queued(home, "TEKUN", LocalDate.of(1935, 1, 1));
		CareHomeApplication second = fixtures.queued(home, "GENERAL", LocalDate.of(1950, 1, 1));
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));

		assertThatThrownBy(() -> applications.withdraw(first.applicationNo(), fixtures.user(CareHomeFixtures.CLERK)))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("CARE_CANNOT_WITHDRAW"));
		assertThat(applications.withdraw(second.applicationNo(), fixtures.user(CareHomeFixtures.CLERK)).status())
			.isEqualTo(Status.WITHDRAWN);
		assertThat(rows.entryOfApplication(second.id()).leftReason()).isEqualTo("WITHDRAWN");
		assertThat(verifier.verify(home.code()).intact()).isTrue();
	}

	@Test
	void declinesUpToTheLimitRemoveTheElderAndTheBedGoesToTheNext() {
		CareHome home = fixtures.home(2, 2);
		CareHomeApplication a = fixtures.queued(home, "GENERAL", LocalDate.of(1935, 1, 1));
		CareHomeApplication b = fixtures.queued(home, "GENERAL", LocalDate.of(1945, 1, 1));
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		CareQueueRows.Offer first = liveOffer(a);
		assertThat(first).isNotNull();
		assertThat(liveOffer(b)).isNull();

		// a no-answer before the deadline is refused
		assertThatThrownBy(() -> answer(first, OfferAction.NO_ANSWER)).isInstanceOfSatisfying(ApiException.class,
				e -> assertThat(e.code()).isEqualTo("CARE_OFFER_PERIOD_RUNNING"));
		// a decline passes the bed to b; a's second decline (of the next bed) removes a
		answer(first, OfferAction.DECLINE);
		assertThat(liveOffer(b)).isNotNull();
		applications.releaseBed(home.code(), "B-2", fixtures.user(CareHomeFixtures.APPROVER));
		answer(liveOffer(a), OfferAction.DECLINE);

		assertThat(rows.application(a.id()).status()).isEqualTo(Status.REMOVED);
		assertThat(rows.entryOfApplication(a.id()).leftReason()).isEqualTo("DECLINE_LIMIT");
		assertThat(rows.entryOfApplication(a.id()).passes()).isEqualTo(2);
		assertThatThrownBy(() -> answer(first, OfferAction.ACCEPT)).isInstanceOfSatisfying(ApiException.class,
				e -> assertThat(e.code()).isEqualTo("CARE_OFFER_NOT_OPEN"));
		assertThat(verifier.verify(home.code()).intact()).isTrue();
	}

	@Test
	void acceptedAndAdmittedFillsTheBed() {
		CareHome home = fixtures.home(1, 2);
		CareHomeApplication a = fixtures.queued(home, "JIHUA", LocalDate.of(1938, 3, 3));
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		CareQueueRows.Offer offer = liveOffer(a);

		answer(offer, OfferAction.ACCEPT);
		assertThat(rows.application(a.id()).status()).isEqualTo(Status.ACCEPTED);
		answer(offer, OfferAction.ADMITTED);

		assertThat(rows.application(a.id()).status()).isEqualTo(Status.ADMITTED);
		assertThat(rows.releases(home.code())).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo("FILLED"));
		assertThat(rows.entryOfApplication(a.id()).status()).isEqualTo("SETTLED");
		assertThat(verifier.verify(home.code()).intact()).isTrue();
	}

	@Test
	void anAdmissionThatFallsThroughRemovesTheElderAndOffersTheBedToTheNext() {
		CareHome home = fixtures.home(1, 2);
		CareHomeApplication a = fixtures.queued(home, "TEKUN", LocalDate.of(1938, 3, 3));
		CareHomeApplication b = fixtures.queued(home, "DIBAO", LocalDate.of(1932, 3, 3));
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		CareQueueRows.Offer offer = liveOffer(a);
		answer(offer, OfferAction.ACCEPT);

		answer(offer, OfferAction.ADMISSION_FAILED);

		assertThat(rows.application(a.id()).status()).isEqualTo(Status.REMOVED);
		assertThat(rows.entryOfApplication(a.id()).leftReason()).isEqualTo("ADMISSION_FAILED");
		assertThat(liveOffer(b)).isNotNull();
		assertThat(verifier.verify(home.code()).intact()).isTrue();
	}

	@Test
	void aHigherTierGoesAheadOfLowerTiersAndWithinATierTheOldestFirst() {
		CareHome home = fixtures.home(3, 2);
		CareHomeApplication general = fixtures.queued(home, "GENERAL", LocalDate.of(1930, 1, 1));
		CareHomeApplication youngerTekun = fixtures.queued(home, "TEKUN", LocalDate.of(1955, 1, 1));
		CareHomeApplication olderTekun = fixtures.queued(home, "TEKUN", LocalDate.of(1940, 1, 1));

		assertThat(rows.waiting(home.code()).stream().map(CareQueueRows.Entry::applicationNo))
			.containsExactly(olderTekun.applicationNo(), youngerTekun.applicationNo(), general.applicationNo());
		applications.releaseBed(home.code(), "B-1", fixtures.user(CareHomeFixtures.APPROVER));
		assertThat(liveOffer(olderTekun)).isNotNull();
		assertThat(verifier.verify(home.code()).recomputedOrder()).containsExactly(olderTekun.applicationNo(),
				youngerTekun.applicationNo(), general.applicationNo());
	}

	private CareQueueRows.Offer liveOffer(CareHomeApplication application) {
		return rows.liveOfferOf(rows.entryOfApplication(application.id()).id());
	}

	private void answer(CareQueueRows.Offer offer, OfferAction action) {
		applications.answer(offer.offerNo(), action, fixtures.user(CareHomeFixtures.CLERK));
	}

}
