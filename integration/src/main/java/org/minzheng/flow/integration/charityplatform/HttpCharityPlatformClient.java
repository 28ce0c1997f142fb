package org.minzheng.flow.integration.charityplatform;

import java.util.Objects;

import org.minzheng.flow.integration.RegistryEndpoint;
import org.minzheng.flow.integration.RegistryHttpSupport;
import org.minzheng.flow.integration.charityplatform.CharityPlatformWire.ReceiptBody;

/**
 * {@link CharityPlatformClient} over the platform's JSON API (contract in
 * {@code CharityPlatformWire}). No retries of its own: the calling job's retry cycle
 * retries.
 */
public final class HttpCharityPlatformClient implements CharityPlatformClient {

	/** Registry name in exceptions and logs. */
	public static final String REGISTRY = "charity-platform";

	private final RegistryHttpSupport http;

	public HttpCharityPlatformClient(RegistryEndpoint endpoint) {
		this.http = new RegistryHttpSupport(REGISTRY, endpoint);
	}

	@Override
	public PublicationReceipt publish(Publication publication, String idempotencyKey) {
		Objects.requireNonNull(publication, "publication");
		String operation = "publish " + publication.kind() + " for " + publication.caseNo();
		var response = http.post(operation, CharityPlatformWire.PUBLICATIONS_PATH, idempotencyKey,
				CharityPlatformWire.PublicationBody.of(publication));
		ReceiptBody body = http.read(operation, response, ReceiptBody.class);
		String status = http.require(operation, body.status(), "status");
		if (!CharityPlatformWire.PUBLISHED.equals(status)) {
			throw http.protocol(operation, "publication not accepted (status " + status + ")");
		}
		try {
			return new PublicationReceipt(http.require(operation, body.publicationNo(), "publicationNo"),
					http.require(operation, body.publishedAt(), "publishedAt"));
		}
		catch (IllegalArgumentException ex) {
			throw http.protocol(operation, ex.getMessage());
		}
	}

}
