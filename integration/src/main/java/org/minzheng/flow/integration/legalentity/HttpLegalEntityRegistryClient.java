package org.minzheng.flow.integration.legalentity;

import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryHttpSupport;

/**
 * {@link LegalEntityRegistryClient} over the registry's JSON API (contract in
 * {@code LegalEntityWire}). It does not retry by itself; the calling job's retry cycle
 * does. An answer that is not a valid civil-affairs code of the requested type is a
 * protocol error: a wrong code must never reach a certificate.
 */
public final class HttpLegalEntityRegistryClient implements LegalEntityRegistryClient {

	/** Registry name in exceptions and logs. */
	public static final String REGISTRY = "legal-entity";

	private final RegistryHttpSupport http;

	public HttpLegalEntityRegistryClient(RegistryEndpoint endpoint) {
		this.http = new RegistryHttpSupport(REGISTRY, endpoint);
	}

	@Override
	public CodeAssignment assignCode(CodeRequest request, String idempotencyKey) {
		String operation = "assign code for " + request.organisationType() + " at " + request.registrarRegionCode();
		var response = http.post(operation, LegalEntityWire.CODES_PATH, idempotencyKey,
				new LegalEntityWire.CodeRequestBody(request.registrarRegionCode(), request.organisationType().name(),
						request.name()));
		LegalEntityWire.CodeBody body = http.read(operation, response, LegalEntityWire.CodeBody.class);
		String uscc = http.require(operation, body.uscc(), "uscc");
		if (!Gb32100.isValid(uscc)) {
			throw http.protocol(operation, "answer is not a valid unified social credit code");
		}
		if (!uscc.startsWith(request.organisationType().prefix())) {
			throw http.protocol(operation, "answer is not a civil-affairs code of type " + request.organisationType());
		}
		return new CodeAssignment(uscc);
	}

}
