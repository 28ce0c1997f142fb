/**
 * Population and household-registration registry (人口库): whether a person exists, their
 * hukou status and district, and whether they are alive. Synchronous; used to check
 * applicants and household members at intake and at periodic review, and whether the name
 * we hold is the one registered for an ID number (yes or no). Returns no names: those
 * stay in our own tables.
 * {@link org.minzheng.flow.integration.population.SimulatedPopulationRegistryClient}
 * documents the simulator's rules.
 */
package org.minzheng.flow.integration.population;
