package org.minzheng.flow.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deployed process versions as process owners see them: list, parse, deploy, migrate,
 * retire. A district variant is a version deployed for one district (its code is the
 * variant); cases of that district start it, every other district the city's version.
 */
public interface ProcessRepository {

	/** Every deployed version, by key, newest first. */
	List<ProcessVersion> versions();

	Optional<ProcessVersion> version(String definitionId);

	/** The newest version of a key for a variant ({@code null}: the city's). */
	Optional<ProcessVersion> latest(String processKey, String variant);

	/**
	 * Running instances of a version counted by the value of a code variable (for example
	 * {@code districtCode}).
	 */
	Map<String, Long> runningBy(String definitionId, String variable);

	/** The BPMN XML of a version. */
	Optional<String> xml(String definitionId);

	/**
	 * What the engine's own parser finds wrong with a model, without deploying it.
	 * @return the problems, empty when it parses
	 */
	List<String> parseProblems(String resourceName, String xml);

	/**
	 * What the engine's own DMN parser finds wrong with a decision file, without
	 * deploying it.
	 * @return the problems, empty when it parses
	 */
	List<String> decisionProblems(String resourceName, String xml);

	/**
	 * Deploys a model with the forms its user tasks use and the decision files its
	 * business rule tasks use as a new version.
	 * @param forms form-js JSON by form id
	 * @param decisions DMN XML by resource name
	 * @return the new version's definition id
	 */
	String deploy(String deploymentName, String resourceName, String xml, Map<String, String> forms,
			Map<String, String> decisions, String variant);

	/** The forms deployed with a version: form-js JSON by form id. */
	Map<String, String> forms(String definitionId);

	/**
	 * The decision file that holds a decision: the one deployed with the version
	 * {@code definitionId} if it has one, else the newest deployed for the variant (its
	 * own, then the city's).
	 */
	Optional<DecisionFile> decisionFile(String decisionKey, String definitionId, String variant);

	/**
	 * The keys of the deployed decisions a version of the variant may use: the city's
	 * and, for a district variant, the district's own.
	 */
	java.util.Set<String> decisionKeys(String variant);

	/** A deployed DMN file. */
	record DecisionFile(String resourceName, String xml) {
	}

	/**
	 * Which running instances of {@code fromId} can move to {@code toId}: the activity
	 * mapping (equal ids) and, per instance, its active steps and why it cannot move.
	 */
	MigrationPreview previewMigration(String fromId, String toId);

	/**
	 * Moves one running instance to another version, in the caller's transaction.
	 * @throws MigrationRefusedException when the engine refuses it (nothing changes)
	 */
	void migrate(String fromId, String toId, String processInstanceId);

	/**
	 * Stops new instances of a process: every version and district variant is suspended
	 * for starting, by a feature and by a timer start event alike. Running instances go
	 * on, and so do the jobs they create later (asynchronous steps, deadline timers). A
	 * start afterwards throws {@link ProcessRetiredException}.
	 */
	void retire(String processKey);

	/**
	 * The versions of other processes whose call activities start this one (each version
	 * with its running instances).
	 */
	List<ProcessVersion> callers(String processKey);

	/** A deployed version of a process. */
	record ProcessVersion(String definitionId, String key, String name, int version, String versionTag, String variant,
			String deploymentId, String deploymentName, Instant deployedAt, long running) {
	}

	/** The mapping the engine generated and the instances it applies to. */
	record MigrationPreview(String fromId, String toId, Map<String, String> mapping, List<String> unmapped,
			String planProblem, List<InstanceCheck> instances) {
	}

	/** One running instance: its active steps, whether they all map, and if not why. */
	record InstanceCheck(String processInstanceId, String businessKey, List<String> activeActivities,
			boolean migratable, String reason) {
	}

	/** The engine refused a migration; the message says why. */
	class MigrationRefusedException extends RuntimeException {

		public MigrationRefusedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
