/**
 * The national charity information platform 慈善中国 (民政部慈善中国): recognised charities,
 * public-fundraising qualifications and charitable-trust filings are published there by
 * the bureau that decided them. Interface, HTTP client, in-process simulator.
 */
package org.minzheng.flow.integration.charityplatform;
