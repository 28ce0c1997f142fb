package org.minzheng.flow.elderly;

import java.time.YearMonth;
import java.util.List;

/**
 * The population registry's query for reconciliation: every Shenzhen-hukou resident who
 * reached 80 in a month, as the messages it sent (or should have sent) about them. Only a
 * simulator implements it so far ({@link SimulatedPopulationFeed}); the HTTP registry's
 * query is not specified yet.
 */
public interface SeniorRegistry {

	List<PopulationMessage> reachedEighty(YearMonth month);

}
