package org.minzheng.flow.shared;

/**
 * Published, inside the transaction that made it, when a case changed (an audited action,
 * a task opened): the case module then refreshes its index entry before the transaction
 * commits.
 */
public record CaseChanged(String caseRef) {
}
