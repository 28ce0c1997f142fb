package org.minzheng.flow.integration.creditplatform;

import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryHttpSupport;

/**
 * {@link CreditPlatformClient} over the platform's JSON API:
 *
 * <pre>
 * POST /api/v1/credit-list-entries   (header Idempotency-Key)
 *   {"uscc", "name", "list", "reasonCode", "reasonText", "effectiveOn", "authority"}
 *   200/202 {"receiptNo"}
 * errors: 4xx/5xx {"code", "message"}
 * </pre>
 */
public final class HttpCreditPlatformClient implements CreditPlatformClient {

	public static final String REGISTRY = "credit-platform";

	static final String PATH = "/api/v1/credit-list-entries";

	private final RegistryHttpSupport http;

	public HttpCreditPlatformClient(RegistryEndpoint endpoint) {
		this.http = new RegistryHttpSupport(REGISTRY, endpoint);
	}

	@Override
	public String publish(CreditListEntry entry, String idempotencyKey) {
		String operation = "publish " + entry.list() + " entry of " + entry.uscc();
		var response = http.post(operation, PATH, idempotencyKey, entry);
		Receipt receipt = http.read(operation, response, Receipt.class);
		return http.require(operation, receipt.receiptNo(), "receiptNo");
	}

	record Receipt(String receiptNo) {
	}

}
