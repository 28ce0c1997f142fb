package org.minzheng.flow.integration.records;

import java.util.Objects;

import org.minzheng.flow.integration.Masking;
import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryHttpSupport;

/**
 * {@link CreditRecordClient} over the platform's JSON API (contract in
 * {@link CreditWire}), with the endpoint's connect and read timeouts; no retries of its
 * own (the calling job's retry cycle retries).
 */
public final class HttpCreditRecordClient implements CreditRecordClient {

	/** Registry name in exceptions and logs. */
	public static final String REGISTRY = "credit-records";

	private final RegistryHttpSupport http;

	public HttpCreditRecordClient(RegistryEndpoint endpoint) {
		this.http = new RegistryHttpSupport(REGISTRY, endpoint);
	}

	@Override
	public CreditRecord check(SubjectKind kind, String subjectId, String idempotencyKey) {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subjectId, "subjectId");
		String operation = "credit check " + Masking.idNumber(subjectId);
		var response = http.post(operation, CreditWire.CHECKS_PATH, idempotencyKey,
				new CreditWire.CheckRequest(kind, subjectId));
		CreditWire.CheckBody body = http.read(operation, response, CreditWire.CheckBody.class);
		// an answer about someone else must never reach an application
		if (!subjectId.equals(http.require(operation, body.subjectId(), "subjectId"))) {
			throw http.protocol(operation, "answer is about another subject");
		}
		return new CreditRecord(subjectId, http.require(operation, body.dishonest(), "dishonest"),
				http.require(operation, body.criminalRecord(), "criminalRecord"));
	}

}
