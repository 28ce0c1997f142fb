/**
 * Clients for the external registries the approval chains consult, one package per
 * registry: an interface, an HTTP implementation, DTO records and a simulator (in memory,
 * and as a loopback HTTP server) used by the embedded default, the demo and the tests.
 *
 * <p>
 * Shared here: the {@link org.minzheng.flow.integration.RegistryException} hierarchy
 * (retryable or not, so a delegate knows whether to let the job retry),
 * {@link org.minzheng.flow.integration.RegistryEndpoint} configuration,
 * {@link org.minzheng.flow.integration.RegistryHttpSupport} (the HTTP plumbing and error
 * mapping every client uses) and {@link org.minzheng.flow.integration.Masking} for
 * personal data in logs and messages.
 *
 * <p>
 * Conventions: every call carries an idempotency key (business key + ":" + activity id)
 * in the {@code Idempotency-Key} header; clients do not retry by themselves, the engine's
 * job retry cycle is the backoff; plain Java without Spring, so the server wires the
 * beans.
 */
package org.minzheng.flow.integration;
