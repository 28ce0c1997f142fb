/**
 * What every feature uses: the ProblemDetail error mapping with stable codes, identifiers
 * (GB 11643 citizen ID, GB 32100 unified social credit code), masking of personal data,
 * the clock, reference data, and the order in which Flyway and the engine start.
 */
package org.minzheng.flow.shared;
