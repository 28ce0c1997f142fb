package org.minzheng.flow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.flow.aid.review.ReviewStatus;
import org.minzheng.flow.aid.spotcheck.AidSpotCheckStatus;
import org.minzheng.flow.shared.Languages;

/**
 * The aid line's own case kinds (动态复核, 委托审批抽查) and every status they can be in read as
 * words in both languages on the case page, the task page's summary and the auditor's
 * list, never as the code.
 */
class CaseLabelsTest {

	private final CaseLabels labels = new CaseLabels();

	static Stream<Arguments> statuses() {
		return Stream.concat(Stream.of(ReviewStatus.values()).map(status -> Arguments.of("AID_REVIEW", status.name())),
				Stream.of(AidSpotCheckStatus.values()).map(status -> Arguments.of("AID_SPOT_CHECK", status.name())));
	}

	@ParameterizedTest
	@MethodSource("statuses")
	void kindAndStatusReadAsWords(String kind, String status) {
		for (Locale locale : Languages.SUPPORTED) {
			assertThat(labels.kind(kind, locale)).as(kind + " in " + locale).isNotEqualTo(kind);
			assertThat(labels.status(kind, status, locale)).as(kind + "." + status + " in " + locale)
				.isNotEqualTo(status);
		}
		assertThat(labels.status(kind, status, Locale.ENGLISH)).doesNotContainPattern("[\\u4e00-\\u9fff]");
	}

}
