package org.minzheng.flow.integration.population;

/**
 * The population registry's answer to "is this the name registered for this ID number?".
 * The registry never tells us the registered name: only whether the one we hold matches.
 */
public enum NameCheckResult {

	/** The name is the one registered for the ID number. */
	CONFIRMED,

	/** The registry knows the person under another name. */
	MISMATCH,

	/** The registry has no such person. */
	NOT_FOUND

}
