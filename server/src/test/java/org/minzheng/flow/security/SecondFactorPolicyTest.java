package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Who must pass the second factor, under each setting. */
class SecondFactorPolicyTest {

	static StaffUser holding(Role... roles) {
		List<RoleAssignment> assignments = java.util.Arrays.stream(roles)
			.map(role -> new RoleAssignment(role == Role.ADMIN ? null : BusinessLine.AID, role, "440308"))
			.toList();
		return new StaffUser(1, "someone", "someone", "", true, false, assignments, Map.of(), Map.of());
	}

	@Test
	void byDefaultOnlyAdministratorsProcessOwnersAuditorsAndSupervisors() {
		SecondFactorPolicy policy = new SecondFactorPolicy(
				new SecondFactorProperties(SecondFactorProperties.RequiredFor.PRIVILEGED, "x"));
		assertThat(policy.required(holding(Role.ADMIN))).isTrue();
		assertThat(policy.required(holding(Role.PROCESS_OWNER))).isTrue();
		assertThat(policy.required(holding(Role.AUDITOR))).isTrue();
		assertThat(policy.required(holding(Role.SUPERVISOR))).isTrue();
		// one privileged role among others is enough
		assertThat(policy.required(holding(Role.CLERK, Role.SUPERVISOR))).isTrue();
		assertThat(policy.required(holding(Role.CLERK))).isFalse();
		assertThat(policy.required(holding(Role.REVIEWER, Role.APPROVER))).isFalse();
		assertThat(policy.required(holding(Role.PARTY))).isFalse();
	}

	@Test
	void everyoneWhenTheSettingSaysSo() {
		SecondFactorPolicy policy = new SecondFactorPolicy(
				new SecondFactorProperties(SecondFactorProperties.RequiredFor.EVERYONE, "x"));
		assertThat(policy.required(holding(Role.CLERK))).isTrue();
		assertThat(policy.required(holding(Role.PARTY))).isTrue();
		assertThat(policy.required(holding())).isTrue();
	}

}
