/**
 * Household economic-status check (居民家庭经济状况核对) by the city verification centre (核对中心):
 * banks, real estate, vehicles, companies, tax, social insurance and housing fund, for
 * every household member who signed an authorisation (一证一书). Step 3 of the 低保 and 特困
 * chains (feature {@code aid}).
 *
 * <p>
 * Asynchronous: {@link org.minzheng.flow.integration.economic.EconomicCheckClient#submit}
 * files the request and returns a receipt; the result arrives days later and is
 * correlated as a message, with
 * {@link org.minzheng.flow.integration.economic.EconomicCheckClient#fetchResult} as a
 * polling fallback.
 * {@link org.minzheng.flow.integration.economic.SimulatedEconomicCheckClient} documents
 * the simulator's verdict rules.
 */
package org.minzheng.flow.integration.economic;
