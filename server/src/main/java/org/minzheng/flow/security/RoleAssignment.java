package org.minzheng.flow.security;

import java.io.Serializable;

/** A role held at an org unit. */
public record RoleAssignment(Role role, String orgUnitCode) implements Serializable {
}
