package org.minzheng.flow.integration.credit;

import java.util.Objects;

import org.minzheng.flow.integration.Masking;
import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryHttpSupport;
import org.minzheng.flow.integration.credit.CreditWire.ReceiptBody;

/**
 * {@link CreditPlatformClient} over the platform's JSON API (contract in
 * {@code CreditWire}), with the endpoint's connect and read timeouts and the caller's
 * idempotency key on every call. Like every registry client it does not retry by itself:
 * a retryable failure is thrown to the calling job (or push round), whose retry cycle is
 * the backoff.
 */
public final class HttpCreditPlatformClient implements CreditPlatformClient {

	/** Registry name in exceptions and logs. */
	public static final String REGISTRY = "credit-platform";

	private final RegistryHttpSupport http;

	public HttpCreditPlatformClient(RegistryEndpoint endpoint) {
		this.http = new RegistryHttpSupport(REGISTRY, endpoint);
	}

	@Override
	public CreditCheckResult check(SubjectKind kind, String subjectId, String idempotencyKey) {
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
		return new CreditCheckResult(subjectId, http.require(operation, body.dishonest(), "dishonest"),
				http.require(operation, body.criminalRecord(), "criminalRecord"));
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

	@Override
	public String publish(CreditListEntry entry, String idempotencyKey) {
		Objects.requireNonNull(entry, "entry");
		String operation = "publish " + entry.list() + " entry of " + entry.uscc();
		var response = http.post(operation, CreditWire.LIST_ENTRIES_PATH, idempotencyKey, entry);
		CreditWire.ListEntryReceipt receipt = http.read(operation, response, CreditWire.ListEntryReceipt.class);
		return http.require(operation, receipt.receiptNo(), "receiptNo");
	}

}
