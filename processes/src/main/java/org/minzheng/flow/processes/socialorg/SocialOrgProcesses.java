package org.minzheng.flow.processes.socialorg;

/**
 * What every social-organisation process shares: the feature name, the bean names of the
 * overdue escalation and the case-closed listener, candidate groups.
 */
public final class SocialOrgProcesses {

	public static final String FEATURE = "socialorg";

	public static final String BEAN_ESCALATE_OVERDUE = "socialorgEscalateOverdueDelegate";

	/** Execution listener on every case-closing end event of every socialorg process. */
	public static final String BEAN_CASE_CLOSED_LISTENER = "socialorgCaseClosedListener";

	public static final String ROLE_CLERK = "socialorg-clerk";

	public static final String ROLE_REVIEWER = "socialorg-reviewer";

	public static final String ROLE_APPROVER = "socialorg-approver";

	public static final String ROLE_PARTY = "socialorg-party";

	private SocialOrgProcesses() {
	}

	/** {@code socialorg-party@SO-SU-0001}: the users of an external party. */
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

	/** 管理体制. */
	public enum ManagementMode {

		/** 直接登记. */
		DIRECT,
		/** 双重管理: a business supervisory unit consents first. */
		DUAL

	}

}
