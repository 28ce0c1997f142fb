package org.minzheng.flow.security;

import java.util.Locale;

/**
 * What a user may do at an org unit. A role at a unit also covers the units below it (a
 * district supervisor sees the district's streets). Candidate groups encode role and
 * unit: {@code aid-clerk@440308001}.
 */
public enum Role {

	/** 窗口受理 intake and case handling at a street. */
	CLERK,
	/** 审核 street review. */
	REVIEWER,
	/** 审批 approval (district, or street under entrustment). */
	APPROVER,
	/** 科长 supervision, escalations, incidents. */
	SUPERVISOR,
	/** Process owner: revises and deploys BPMN. */
	PROCESS_OWNER,
	/** Auditor: reads history and the audit trail, changes nothing. */
	AUDITOR,
	/** Administrator of a unit (e.g. a district's entrustments). */
	ADMIN,
	/**
	 * A user of an external party (an org unit of level EXTERNAL: supervisory unit,
	 * accounting firm, cemetery operator, enforcement unit), acting only on the tasks the
	 * feature offers to {@code <feature>-party@<party code>}. Never held at a bureau
	 * unit.
	 */
	PARTY;

	/**
	 * The role a candidate group offers a task to: {@code aid-clerk@440308001} → CLERK.
	 */
	public static java.util.Optional<Role> ofGroup(String group) {
		int dash = group.indexOf('-');
		int at = group.indexOf('@');
		if (dash < 0 || at < dash) {
			return java.util.Optional.empty();
		}
		String name = group.substring(dash + 1, at).toUpperCase(Locale.ROOT).replace('-', '_');
		return java.util.Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
	}

	/** The candidate group for this role of a feature at an org unit. */
	public String group(String feature, String orgUnitCode) {
		return feature + "-" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "@" + orgUnitCode;
	}

}
