package org.minzheng.flow.inbox;

/** Count of open work items of an org unit in one SLA state. */
public record SlaCount(String orgUnitCode, SlaState state, long count) {
}
