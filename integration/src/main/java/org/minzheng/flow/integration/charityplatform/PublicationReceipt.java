package org.minzheng.flow.integration.charityplatform;

import java.time.Instant;
import java.util.Objects;

/**
 * The platform's receipt for a publication.
 *
 * @param publicationNo the platform's number for it
 * @param publishedAt when the platform published it
 */
public record PublicationReceipt(String publicationNo, Instant publishedAt) {

	public PublicationReceipt {
		Objects.requireNonNull(publicationNo, "publicationNo");
		Objects.requireNonNull(publishedAt, "publishedAt");
		if (publicationNo.isBlank()) {
			throw new IllegalArgumentException("publicationNo must not be blank");
		}
	}

}
