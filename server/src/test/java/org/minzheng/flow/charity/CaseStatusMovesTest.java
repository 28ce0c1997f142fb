package org.minzheng.flow.charity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.cemetery.CampaignStatus;
import org.minzheng.flow.lottery.LotteryApplication;
import org.minzheng.flow.lottery.OutletStatus;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.StatusFlow;
import org.springframework.http.HttpStatus;

/**
 * The moves each status enum declares, and the one place that refuses the others (409
 * {@value StatusFlow#TRANSITION_INVALID}).
 */
class CaseStatusMovesTest {

	@Test
	void aMoveTheStatusDoesNotAllowIsA409() {
		assertThatThrownBy(() -> RecognitionStatus.RECOGNISED.moveTo(RecognitionStatus.REFUSED))
			.isInstanceOfSatisfying(ApiException.class, ex -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.code()).isEqualTo(StatusFlow.TRANSITION_INVALID);
				assertThat(ex.properties()).containsEntry("from", "RECOGNISED").containsEntry("to", "REFUSED");
			});
		assertThat(RecognitionStatus.SUBMITTED.moveTo(RecognitionStatus.REVIEW)).isEqualTo(RecognitionStatus.REVIEW);
	}

	@Test
	void recognition() {
		assertThat(RecognitionStatus.SUBMITTED.canMoveTo(RecognitionStatus.SUPPLEMENT)).isTrue();
		assertThat(RecognitionStatus.SUPPLEMENT.canMoveTo(RecognitionStatus.SUBMITTED)).isTrue();
		assertThat(RecognitionStatus.SUPPLEMENT.canMoveTo(RecognitionStatus.SUPPLEMENT_EXPIRED)).isTrue();
		assertThat(RecognitionStatus.SUPPLEMENT.canMoveTo(RecognitionStatus.REVIEW)).isFalse();
		assertThat(RecognitionStatus.REVIEW.canMoveTo(RecognitionStatus.RECOGNISED)).isTrue();
		assertThat(RecognitionStatus.SUBMITTED.canMoveTo(RecognitionStatus.RECOGNISED)).isFalse();
	}

	@Test
	void trustsAndFilings() {
		assertThat(TrustStatus.FILING.canMoveTo(TrustStatus.FILED)).isTrue();
		assertThat(TrustStatus.FILED.canMoveTo(TrustStatus.TERMINATED)).isTrue();
		assertThat(TrustStatus.NOT_FILED.canMoveTo(TrustStatus.FILED)).isFalse();
		assertThat(FilingStatus.SUPPLEMENT.canMoveTo(FilingStatus.FILED)).isFalse();
		assertThat(FilingStatus.SUPPLEMENT.canMoveTo(FilingStatus.NOT_FILED)).isTrue();
		// the qualification is granted only after acceptance (and the review)
		assertThat(FundraisingStatus.SUBMITTED.canMoveTo(FundraisingStatus.QUALIFIED)).isFalse();
		assertThat(FundraisingStatus.SUBMITTED.canMoveTo(FundraisingStatus.SUPPLEMENT)).isTrue();
		assertThat(FundraisingStatus.SUPPLEMENT.canMoveTo(FundraisingStatus.SUBMITTED)).isTrue();
		assertThat(FundraisingStatus.SUPPLEMENT.canMoveTo(FundraisingStatus.REVIEW)).isFalse();
		assertThat(FundraisingStatus.REVIEW.canMoveTo(FundraisingStatus.QUALIFIED)).isTrue();
		assertThat(FundraisingStatus.REVIEW.canMoveTo(FundraisingStatus.REFUSED)).isTrue();
		assertThat(FundraisingStatus.REFUSED.canMoveTo(FundraisingStatus.QUALIFIED)).isFalse();
	}

	@Test
	void lotteryAndCemetery() {
		assertThat(LotteryApplication.Status.QUEUED.canMoveTo(LotteryApplication.Status.ACCEPTED)).isTrue();
		assertThat(LotteryApplication.Status.CHECKING.canMoveTo(LotteryApplication.Status.QUEUED)).isFalse();
		assertThat(OutletStatus.SUSPENDED.canMoveTo(OutletStatus.OPEN)).isTrue();
		assertThat(OutletStatus.CLOSED.canMoveTo(OutletStatus.OPEN)).isFalse();
		assertThat(CampaignStatus.RETURNED.canMoveTo(CampaignStatus.CITY_REVIEW)).isTrue();
		assertThat(CampaignStatus.IN_PROGRESS.canMoveTo(CampaignStatus.PUBLISHED)).isFalse();
	}

	@Test
	void noStatusMovesToItself() {
		Arrays.stream(RecognitionStatus.values()).forEach(s -> assertThat(s.canMoveTo(s)).as(s.name()).isFalse());
		Arrays.stream(FilingStatus.values()).forEach(s -> assertThat(s.canMoveTo(s)).as(s.name()).isFalse());
		Arrays.stream(TrustStatus.values()).forEach(s -> assertThat(s.canMoveTo(s)).as(s.name()).isFalse());
		Arrays.stream(LotteryApplication.Status.values())
			.forEach(s -> assertThat(s.canMoveTo(s)).as(s.name()).isFalse());
		Arrays.stream(OutletStatus.values()).forEach(s -> assertThat(s.canMoveTo(s)).as(s.name()).isFalse());
		Arrays.stream(CampaignStatus.values()).forEach(s -> assertThat(s.canMoveTo(s)).as(s.name()).isFalse());
	}

}
