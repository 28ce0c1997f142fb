package org.minzheng.flow.integration;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP plumbing every registry client shares: building JSON requests with the
 * idempotency key, sending them with the endpoint's timeouts, and mapping transport
 * failures, error statuses and unreadable bodies onto the {@link RegistryException}
 * hierarchy. Clients keep only their paths and their contract's field mapping.
 *
 * <p>
 * {@code operation} labels name the call in messages and logs (e.g.
 * {@code "look up person
 * 440308********123X"}); callers mask any personal data in them.
 */
public final class RegistryHttpSupport {

	/**
	 * Header carrying the caller's idempotency key (business key + ":" + activity id).
	 */
	public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

	private static final Logger log = LoggerFactory.getLogger(RegistryHttpSupport.class);

	private final String registry;

	private final RegistryEndpoint endpoint;

	private final HttpClient client;

	private final ObjectMapper json = RegistryJson.newMapper();

	public RegistryHttpSupport(String registry, RegistryEndpoint endpoint) {
		this.registry = registry;
		this.endpoint = endpoint;
		// HTTP/1.1: government gateways and proxies tend to mishandle h2c upgrade
		// attempts.
		// No redirects: a registry gateway that redirects is usually sending us to a
		// login page.
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(endpoint.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * A status and body the caller maps itself: any 2xx, or a status it listed as
	 * handled.
	 */
	public record Response(int status, String body) {
	}

	/**
	 * Sends a GET. Statuses listed in {@code handledStatuses} (e.g. 404 for "no such
	 * person") are returned instead of being mapped to an exception.
	 */
	public Response get(String operation, String path, String idempotencyKey, int... handledStatuses) {
		HttpRequest.Builder request = newRequest(path, idempotencyKey).GET();
		return send(operation, idempotencyKey, request.build(), handledStatuses);
	}

	/**
	 * Sends {@code body} as JSON in a POST; statuses listed in {@code handledStatuses}
	 * are returned as for {@link #get}.
	 */
	public Response post(String operation, String path, String idempotencyKey, Object body, int... handledStatuses) {
		byte[] payload;
		try {
			payload = json.writeValueAsBytes(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("cannot serialise request for " + operation, ex);
		}
		HttpRequest.Builder request = newRequest(path, idempotencyKey)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(payload));
		return send(operation, idempotencyKey, request.build(), handledStatuses);
	}

	/**
	 * Reads a response body into a contract type. The parser's own message is not kept:
	 * it can quote the body, and the body holds ID numbers. Only the position or the
	 * field path is reported.
	 */
	public <T> T read(String operation, Response response, Class<T> type) {
		T value;
		try {
			value = json.readValue(response.body(), type);
		}
		catch (JsonParseException ex) {
			throw protocol(operation, "response body is not JSON (line " + ex.getLocation().getLineNr() + ", column "
					+ ex.getLocation().getColumnNr() + ")");
		}
		catch (JsonMappingException ex) {
			throw protocol(operation, "response body does not match the contract at " + fieldPath(ex));
		}
		catch (JsonProcessingException ex) {
			throw protocol(operation, "response body is unreadable");
		}
		if (value == null) {
			throw protocol(operation, "response body is empty");
		}
		return value;
	}

	/**
	 * Returns {@code value}, or fails the call as a protocol error if a required field is
	 * missing.
	 */
	public <T> T require(String operation, T value, String field) {
		if (value == null) {
			throw protocol(operation, "response lacks required field '" + field + "'");
		}
		return value;
	}

	/** A protocol error of this registry, for checks only the client can make. */
	public RegistryProtocolException protocol(String operation, String problem) {
		return new RegistryProtocolException(registry, operation + ": " + problem);
	}

	/**
	 * Percent-encodes one path segment (URLEncoder targets forms, where a space is '+').
	 */
	public static String pathSegment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private HttpRequest.Builder newRequest(String path, String idempotencyKey) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve(path))
			.timeout(endpoint.readTimeout())
			.header("Accept", "application/json");
		if (idempotencyKey != null) {
			builder.header(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
		}
		return builder;
	}

	private Response send(String operation, String key, HttpRequest request, int... handledStatuses) {
		HttpResponse<String> response = exchange(operation, request);
		int status = response.statusCode();
		log.debug("[{}] {} (key {}) -> HTTP {}", registry, operation, key, status);
		if (status / 100 == 2 || Arrays.stream(handledStatuses).anyMatch(s -> s == status)) {
			return new Response(status, response.body());
		}
		// 408 and 429 say "not now" rather than "never": treat them like an outage.
		if (status >= 500 || status == 408 || status == 429) {
			throw new RegistryUnavailableException(registry, operation + ": HTTP " + status);
		}
		if (status >= 400) {
			throw new RegistryRejectedException(registry, status, errorCode(response.body()), operation);
		}
		throw protocol(operation, "unexpected HTTP " + status);
	}

	private HttpResponse<String> exchange(String operation, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpConnectTimeoutException ex) {
			throw unavailable(operation, "no connection within " + endpoint.connectTimeout(), ex);
		}
		catch (HttpTimeoutException ex) {
			throw unavailable(operation, "no response within " + endpoint.readTimeout(), ex);
		}
		catch (ConnectException ex) {
			throw unavailable(operation, "cannot connect", ex);
		}
		catch (IOException ex) {
			throw unavailable(operation, "I/O failure (" + ex.getClass().getSimpleName() + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable(operation, "interrupted while waiting for the answer", ex);
		}
	}

	private RegistryUnavailableException unavailable(String operation, String problem, Exception cause) {
		log.warn("[{}] {}: {}", registry, operation, problem);
		return new RegistryUnavailableException(registry, operation + ": " + problem, cause);
	}

	private String errorCode(String body) {
		try {
			JsonNode code = json.readTree(body == null ? "" : body).path("code");
			return code.isTextual() ? code.asText() : null;
		}
		catch (JsonProcessingException ex) {
			return null; // an error page that is not JSON still maps to a rejection, just
							// without code
		}
	}

	private static String fieldPath(JsonMappingException ex) {
		String path = ex.getPath()
			.stream()
			.map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining());
		return path.isEmpty() ? "$" : "$" + path;
	}

}
