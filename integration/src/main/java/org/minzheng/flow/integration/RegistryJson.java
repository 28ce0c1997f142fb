package org.minzheng.flow.integration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON settings shared by the registry clients and the simulator servers, so that
 * both ends of every contract read and write the same way.
 */
public final class RegistryJson {

	private RegistryJson() {
	}

	/**
	 * A new mapper: ISO-8601 instants, and unknown properties ignored so that a registry
	 * may add fields without breaking us (a tolerant reader); missing required fields are
	 * checked by the clients.
	 */
	public static ObjectMapper newMapper() {
		return new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

}
