package org.minzheng.flow.integration.population;

import java.util.Objects;
import org.minzheng.flow.integration.Masking;
import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryHttpSupport;
import org.minzheng.flow.integration.population.PopulationWire.PersonBody;

/**
 * {@link PopulationRegistryClient} over the registry's JSON API (contract in
 * {@code PopulationWire}). Like every registry client it does not retry by itself; the
 * calling job's retry cycle does.
 */
public final class HttpPopulationRegistryClient implements PopulationRegistryClient {

	/** Registry name in exceptions and logs. */
	public static final String REGISTRY = "population";

	private static final int NOT_FOUND = 404;

	private final RegistryHttpSupport http;

	public HttpPopulationRegistryClient(RegistryEndpoint endpoint) {
		this.http = new RegistryHttpSupport(REGISTRY, endpoint);
	}

	@Override
	public PersonRecord lookup(String idNumber, String idempotencyKey) {
		Objects.requireNonNull(idNumber, "idNumber");
		String operation = "look up person " + Masking.idNumber(idNumber);
		var response = http.get(operation,
				PopulationWire.PERSONS_PATH + "/" + RegistryHttpSupport.pathSegment(idNumber), idempotencyKey,
				NOT_FOUND);
		if (response.status() == NOT_FOUND) {
			return PersonRecord.notFound(idNumber);
		}
		PersonBody body = http.read(operation, response, PersonBody.class);
		// A mixed-up answer about someone else must never reach a case.
		if (!idNumber.equals(http.require(operation, body.idNumber(), "idNumber"))) {
			throw http.protocol(operation, "answer is about another person");
		}
		HukouStatus status = http.require(operation, body.hukouStatus(), "hukouStatus");
		if (status == HukouStatus.NOT_FOUND) {
			return PersonRecord.notFound(idNumber);
		}
		boolean alive = http.require(operation, body.alive(), "alive");
		try {
			return new PersonRecord(idNumber, true, status, body.hukouDistrictCode(), alive);
		}
		catch (IllegalArgumentException ex) {
			throw http.protocol(operation, ex.getMessage()); // the record's messages hold
																// no personal data
		}
	}

}
