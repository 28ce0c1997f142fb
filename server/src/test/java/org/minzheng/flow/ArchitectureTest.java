package org.minzheng.flow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the engine replaceable: engine types appear only in the engine adapter
 * ({@code workflow.camunda}), in the {@code process} packages of delegates and listeners,
 * and in the BPMN model reader ({@code processes.model}); never in domain services,
 * mappers or controllers.
 */
@AnalyzeClasses(packages = "org.minzheng.flow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule engineTypesStayAtTheSeam = noClasses().that()
		.resideOutsideOfPackages("..process..", "..workflow.camunda..", "org.minzheng.flow.processes.model..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda..")
		.because("domain services talk to the engine through org.minzheng.flow.workflow.Workflow only");

	@ArchTest
	static final ArchRule controllersDoNotUseMappers = noClasses().that()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
				com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Mapper"),
				com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.minzheng.flow..")))
		.because("controllers translate HTTP; services own data access and transactions");

	@ArchTest
	static final ArchRule featuresMeetOnlyThroughPorts = FeatureBoundaries
		.featuresMeetOnlyThroughPorts("org.minzheng.flow");

}
