package org.minzheng.flow;

import java.util.List;
import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.minzheng.flow.shared.FeaturePort;

/**
 * The rule that keeps features apart: a class of one feature depends on another feature's
 * classes only where they are a {@link FeaturePort} (or nested in one).
 */
final class FeatureBoundaries {

	/** The features: each a package directly under the root, with its sub-packages. */
	static final List<String> FEATURES = List.of("aid", "socialorg", "charity", "lottery", "cemetery", "elderly",
			"carehome");

	private FeatureBoundaries() {
	}

	/** The rule for the features under {@code root} (e.g. {@code org.minzheng.flow}). */
	static ArchRule featuresMeetOnlyThroughPorts(String root) {
		return ArchRuleDefinition.classes()
			.that()
			.resideInAnyPackage(FEATURES.stream().map(f -> root + "." + f + "..").toArray(String[]::new))
			.should(new ArchCondition<JavaClass>("use other features only through their @FeaturePort types") {
				@Override
				public void check(JavaClass origin, ConditionEvents events) {
					Optional<String> own = featureOf(root, origin);
					for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
						JavaClass target = dependency.getTargetClass();
						Optional<String> theirs = featureOf(root, target);
						if (theirs.isPresent() && !theirs.equals(own) && !isPort(target)) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + " — "
									+ target.getName() + " is " + theirs.get() + "'s own (not a @FeaturePort)"));
						}
					}
				}
			})
			.because("features meet through the cross-cutting modules or a named port, never each other's internals");
	}

	private static Optional<String> featureOf(String root, JavaClass type) {
		String name = type.getPackageName();
		for (String feature : FEATURES) {
			String base = root + "." + feature;
			if (name.equals(base) || name.startsWith(base + ".")) {
				return Optional.of(feature);
			}
		}
		return Optional.empty();
	}

	private static boolean isPort(JavaClass type) {
		for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
			if (t.isAnnotatedWith(FeaturePort.class)) {
				return true;
			}
		}
		return false;
	}

}
