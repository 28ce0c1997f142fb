package org.minzheng.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.archfixture.aid.UsesInternal;
import org.minzheng.flow.archfixture.aid.UsesPort;
import org.minzheng.flow.archfixture.lottery.LotteryInternal;
import org.minzheng.flow.archfixture.lottery.LotteryPort;

/**
 * The feature rule fails when a feature imports another feature's internals, and lets it
 * use another feature's {@code @FeaturePort}: shown on two fixture features.
 */
class FeatureBoundariesTest {

	@Test
	void aFeatureReachingIntoAnothersInternalsBreaksTheRule() {
		JavaClasses classes = new ClassFileImporter().importClasses(UsesInternal.class, LotteryInternal.class);
		EvaluationResult result = FeatureBoundaries.featuresMeetOnlyThroughPorts("org.minzheng.flow.archfixture")
			.evaluate(classes);
		assertThat(result.hasViolation()).isTrue();
		assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("UsesInternal")
			.contains("LotteryInternal")
			.contains("lottery's own");
	}

	@Test
	void aFeatureUsingAnothersPortKeepsTheRule() {
		JavaClasses classes = new ClassFileImporter().importClasses(UsesPort.class, LotteryPort.class,
				LotteryPort.Answer.class);
		assertThat(FeatureBoundaries.featuresMeetOnlyThroughPorts("org.minzheng.flow.archfixture")
			.evaluate(classes)
			.hasViolation()).isFalse();
	}

}
