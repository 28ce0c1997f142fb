/**
 * The legal-entity and unified-social-credit-code registry (法人库): assigns the GB 32100
 * code of a newly registered social organisation (civil-affairs prefix 51/52/53). An
 * interface, an HTTP client and a deterministic simulator.
 */
package org.minzheng.flow.integration.legalentity;
