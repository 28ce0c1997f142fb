package org.minzheng.flow.integration.population;

import java.util.Objects;
import org.minzheng.flow.integration.Masking;
import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryHttpSupport;
import org.minzheng.flow.integration.population.PopulationWire.NameCheckBody;
import org.minzheng.flow.integration.population.PopulationWire.NameCheckRequest;
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

	@Override
	public NameCheckResult confirmName(String idNumber, String name, String idempotencyKey) {
		Objects.requireNonNull(idNumber, "idNumber");
		Objects.requireNonNull(name, "name");
		// the name goes in the body, never in the path or a log line
		String operation = "check the name of " + Masking.idNumber(idNumber);
		var response = http.post(operation,
				PopulationWire.PERSONS_PATH + "/" + RegistryHttpSupport.pathSegment(idNumber)
						+ PopulationWire.NAME_CHECK_SUFFIX,
				idempotencyKey, new NameCheckRequest(name.strip()), NOT_FOUND);
		if (response.status() == NOT_FOUND) {
			return NameCheckResult.NOT_FOUND;
		}
		NameCheckBody body = http.read(operation, response, NameCheckBody.class);
		if (!idNumber.equals(http.require(operation, body.idNumber(), "idNumber"))) {
			throw http.protocol(operation, "answer is about another person");
		}
		NameCheckResult result = http.require(operation, body.result(), "result");
		if (result == NameCheckResult.NOT_FOUND) {
			throw http.protocol(operation, "NOT_FOUND must come as HTTP 404");
		}
		return result;
	}

}
