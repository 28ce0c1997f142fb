package org.minzheng.flow.integration.credit;

import java.util.Objects;

import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryHttpSupport;
import org.minzheng.flow.integration.credit.CreditWire.ReceiptBody;

/**
 * {@link CreditPlatformClient} over the platform's JSON API (contract in
 * {@code CreditWire}). No retries of its own: the calling job's retry cycle retries.
 */
public final class HttpCreditPlatformClient implements CreditPlatformClient {

	/** Registry name in exceptions and logs. */
	public static final String REGISTRY = "credit";

	private final RegistryHttpSupport http;

	public HttpCreditPlatformClient(RegistryEndpoint endpoint) {
		this.http = new RegistryHttpSupport(REGISTRY, endpoint);
	}

	@Override
	public CreditReceipt report(CreditRecord record, String idempotencyKey) {
		Objects.requireNonNull(record, "record");
		String operation = "report " + record.category() + " for " + record.caseNo();
		var response = http.post(operation, CreditWire.RECORDS_PATH, idempotencyKey, CreditWire.RecordBody.of(record));
		ReceiptBody body = http.read(operation, response, ReceiptBody.class);
		String status = http.require(operation, body.status(), "status");
		if (!CreditWire.ACCEPTED.equals(status)) {
			throw http.protocol(operation, "record not accepted (status " + status + ")");
		}
		try {
			return new CreditReceipt(http.require(operation, body.recordNo(), "recordNo"),
					http.require(operation, body.acceptedAt(), "acceptedAt"));
		}
		catch (IllegalArgumentException ex) {
			throw http.protocol(operation, ex.getMessage());
		}
	}

}
