package org.minzheng.flow.processes.charity;

/**
 * What every charity process shares: the feature name, the bean names of the overdue
 * escalation and the case-closed listener, candidate groups.
 */
public final class CharityProcesses {

	public static final String FEATURE = "charity";

	public static final String BEAN_ESCALATE_OVERDUE = "charityEscalateOverdueDelegate";

	/** Execution listener on every case-closing end event of every charity process. */
	public static final String BEAN_CASE_CLOSED_LISTENER = "charityCaseClosedListener";

	/**
	 * Process property: working days from acceptance to the decision (20 by the Charity
	 * Law for recognition and for the public-fundraising qualification).
	 */
	public static final String PROPERTY_DECISION_LIMIT_WORKING_DAYS = "decisionLimitWorkingDays";

	public static final String ROLE_CLERK = "charity-clerk";

	public static final String ROLE_REVIEWER = "charity-reviewer";

	public static final String ROLE_APPROVER = "charity-approver";

	public static final String ROLE_PARTY = "charity-party";

	/**
	 * Free-text field of every decision form (stored by the server, never a variable).
	 */
	public static final String FIELD_OPINION = "opinion";

	public static final String FIELD_MISSING_MATERIALS = "missingMaterials";

	private CharityProcesses() {
	}

	/** {@code charity-party@CH-TR-0001}: the users of a trustee. */
	public static String partyGroup(String partyCode) {
		return ROLE_PARTY + "@" + partyCode;
	}

	public static String clerkGroup(String registrarCode) {
		return ROLE_CLERK + "@" + registrarCode;
	}

	public static String reviewerGroup(String registrarCode) {
		return ROLE_REVIEWER + "@" + registrarCode;
	}

	public static String approverGroup(String registrarCode) {
		return ROLE_APPROVER + "@" + registrarCode;
	}

	/** {@code decision} of the decision steps. */
	public enum Decision {

		/** 准予. */
		APPROVE,
		/** 不予; the reason goes in {@link #FIELD_OPINION}. */
		REFUSE

	}

}
