/**
 * How the application reaches the external registries of the {@code integration} module:
 * simulators or HTTP clients by configuration, idempotent outbound calls
 * ({@code registry_call}), and an inbox for late answers ({@code registry_message}) that
 * stores each answer before correlating it, so none is lost.
 */
package org.minzheng.flow.registry;
