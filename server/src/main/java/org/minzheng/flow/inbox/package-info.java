/**
 * The inbox (待办): the {@code work_item} read model that mirrors every open user task in
 * the engine's own transaction, the task API (签收, 办理 with form validation against the
 * task's Camunda Form), the approval operations staff expect (转办, 委派, 退回, 撤回, 催办, 抄送),
 * SLA escalation and supervision (overdue work, notifications, incidents), and separation
 * of duties on a case as each process version declares it. The case module answers
 * {@link org.minzheng.flow.inbox.CaseSummaries}; features plug in their task rules
 * through {@link org.minzheng.flow.inbox.TaskRules}.
 */
package org.minzheng.flow.inbox;
