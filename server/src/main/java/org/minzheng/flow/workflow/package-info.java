/**
 * The process engine as domain services see it
 * ({@link org.minzheng.flow.workflow.Workflow}); the Camunda 7 implementation lives in
 * {@code workflow.camunda}, so that a switch to an API-compatible engine stays local.
 */
package org.minzheng.flow.workflow;
