package org.minzheng.flow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A browser-like client of the running application: signs in through the login form,
 * keeps the session cookie, and sends the CSRF token from the XSRF-TOKEN cookie with
 * every write — as the web UI does.
 */
public final class ApiSession {

	public static final String DEMO_PASSWORD = "minzheng2026";

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	public final String username;

	private String language;

	private ApiSession(int port, String username) {
		this.base = "http://127.0.0.1:" + port;
		this.username = username;
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** A browser that has not signed in, for the public pages. */
	public static ApiSession anonymous(int port) {
		return new ApiSession(port, "anonymous");
	}

	/** Signs in a demo user (password {@value #DEMO_PASSWORD}). */
	public static ApiSession login(int port, String username) {
		return login(port, username, DEMO_PASSWORD);
	}

	public static ApiSession login(int port, String username, String password) {
		ApiSession session = new ApiSession(port, username);
		Response response = session.tryLogin(password);
		if (response.status() != 302 || response.header("Location").contains("error")) {
			throw new IllegalStateException("login failed for " + username + ": " + response.status());
		}
		return session;
	}

	/** Posts the login form; 302 to / on success, 302 to /login?error on failure. */
	public static Response attemptLogin(int port, String username, String password) {
		return new ApiSession(port, username).tryLogin(password);
	}

	private Response tryLogin(String password) {
		send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
		String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf());
		return send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** A download's status and bytes (a binary body such as XLSX). */
	public record Download(int status, byte[] body, String contentType) {
	}

	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = http.send(
					HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
	}

	public Response post(String path, Object body) {
		return postRaw(path, body == null ? "{}" : write(body), "application/json");
	}

	public Response postRaw(String path, String body, String contentType) {
		String token = csrf();
		if (token == null) {
			get("/api/me");
			token = csrf();
		}
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", contentType)
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", token == null ? "" : token)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	public Response put(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", token())
			.PUT(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : write(body), StandardCharsets.UTF_8)));
	}

	/** Uploads one file as the multipart part {@code field}, as a browser form does. */
	public Response upload(String path, String field, String fileName, String contentType, byte[] content) {
		String boundary = "----mzf" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		body.writeBytes(head);
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", token())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * Any method with any body as raw bytes (the fuzzing test's way in): the CSRF header
	 * is sent with every method but GET, as the web UI does; {@code contentType} may be
	 * {@code null} (no header).
	 */
	public Response request(String method, String path, String contentType, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (!method.equals("GET")) {
			request.header("X-XSRF-TOKEN", token());
		}
		HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(body);
		return send(request.method(method, publisher));
	}

	private String token() {
		String token = csrf();
		if (token == null) {
			get("/api/me");
			token = csrf();
		}
		return token == null ? "" : token;
	}

	private String csrf() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.filter(v -> !v.isEmpty())
			.findFirst()
			.orElse(null);
	}

	/**
	 * Sends {@code Accept-Language} with every request from now on, as the workbench
	 * does.
	 */
	public ApiSession language(String language) {
		this.language = language;
		return this;
	}

	private Response send(HttpRequest.Builder request) {
		if (language != null) {
			request.header("Accept-Language", language);
		}
		try {
			HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String write(Object body) {
		try {
			return body instanceof String s ? s : JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
	}

	/** A response: status, body and its JSON. */
	public record Response(int status, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("not JSON (" + status + "): " + body, ex);
			}
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse("");
		}

		/** Asserts the status, returning the response for chaining. */
		public Response expect(int expected) {
			if (status != expected) {
				throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
			}
			return this;
		}

		public String code() {
			return json().path("code").asText();
		}

	}

}
