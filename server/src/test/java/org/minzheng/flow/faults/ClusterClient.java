package org.minzheng.flow.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ServerNode;

/**
 * A browser behind a round-robin load balancer: one signed-in session (its cookies), each
 * request to the next node that is up. A request whose node went away is sent to another
 * node if it was a read; for a write the outcome is unknown and {@link Uncertain} says so
 * (the caller looks at the case to learn whether it happened, as a user would reload).
 */
final class ClusterClient {

	static final ObjectMapper JSON = new ObjectMapper();

	/** Requests answered by a node other than the one the session was signed in on. */
	static final AtomicLong CARRIED_OVER = new AtomicLong();

	/** Requests sent again to another node because theirs went away. */
	static final AtomicLong FAILED_OVER = new AtomicLong();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private static final AtomicInteger NEXT = new AtomicInteger();

	final String username;

	private final List<ServerNode> nodes;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private volatile ServerNode signedInOn;

	private ClusterClient(List<ServerNode> nodes, String username) {
		this.nodes = nodes;
		this.username = username;
	}

	static ClusterClient login(List<ServerNode> nodes, String username) {
		ClusterClient client = new ClusterClient(nodes, username);
		client.signIn();
		return client;
	}

	synchronized void signIn() {
		cookies.clear();
		for (int attempt = 0; attempt < 20; attempt++) {
			ServerNode node = pick();
			try {
				send(node, "GET", "/login", null, null);
				String form = "username=" + username + "&password=" + ApiSession.DEMO_PASSWORD + "&_csrf="
						+ URLEncoder.encode(cookies.getOrDefault("XSRF-TOKEN", ""), StandardCharsets.UTF_8);
				Answer answer = send(node, "POST", "/login", form, "application/x-www-form-urlencoded");
				if (answer.status() == 200 && secondFactor(node)) {
					signedInOn = node;
					return;
				}
			}
			catch (IOException ex) {
				// that node went away: the next one
			}
			pause(1000);
		}
		throw new IllegalStateException("could not sign in " + username);
	}

	/**
	 * The nodes run the production rule: a privileged demo user enters the demo secret's
	 * code of the current step; a step this user already used (another sign-in within the
	 * same 30 s) is refused, so the next step is waited for, as a person would.
	 */
	private boolean secondFactor(ServerNode node) throws IOException {
		Answer state = send(node, "GET", "/api/second-factor", null, null);
		if (state.status() != 200 || !state.json().path("required").asBoolean()
				|| state.json().path("passed").asBoolean()) {
			return state.status() == 200;
		}
		for (int attempt = 0; attempt < 3; attempt++) {
			long step = System.currentTimeMillis() / 30_000;
			String code;
			try {
				code = new dev.samstevens.totp.code.DefaultCodeGenerator(dev.samstevens.totp.code.HashingAlgorithm.SHA1,
						6)
					.generate(DEMO_SECRET, step);
			}
			catch (dev.samstevens.totp.exceptions.CodeGenerationException ex) {
				throw new IllegalStateException(ex);
			}
			Answer verified = send(node, "POST", "/api/second-factor/verify", "{\"code\":\"" + code + "\"}",
					"application/json");
			if (verified.status() == 200) {
				return true;
			}
			pause((step + 1) * 30_000 - System.currentTimeMillis() + 200);
		}
		return false;
	}

	/** The privileged demo users' second-factor secret (README, demo data only). */
	static final String DEMO_SECRET = "MINZHENGFLOWDEMOSECRETTOTP234567";

	Answer get(String path) {
		for (int attempt = 0; attempt < 60; attempt++) {
			ServerNode node = pick();
			try {
				Answer answer = send(node, "GET", path, null, null);
				if (answer.status() == 401) {
					signIn();
					continue;
				}
				if (answer.status() >= 500) {
					// a node starting or stopping
					pause(500);
					continue;
				}
				return answer;
			}
			catch (IOException ex) {
				FAILED_OVER.incrementAndGet();
				pause(500);
			}
		}
		throw new IllegalStateException("no node answered GET " + path);
	}

	/**
	 * A write to one node; if the node could not be reached at all it goes to another (it
	 * never arrived), if the node went away while answering the outcome is unknown.
	 */
	Answer post(String path, Object body) throws Uncertain {
		return write("POST", path, body);
	}

	/** A PUT, as {@link #post}. */
	Answer put(String path, Object body) throws Uncertain {
		return write("PUT", path, body);
	}

	private Answer write(String method, String path, Object body) throws Uncertain {
		String json;
		try {
			json = body instanceof String s ? s : JSON.writeValueAsString(body == null ? Map.of() : body);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
		for (int attempt = 0; attempt < 60; attempt++) {
			ServerNode node = pick();
			if (!cookies.containsKey("XSRF-TOKEN")) {
				get("/api/me");
			}
			try {
				Answer answer = send(node, method, path, json, "application/json");
				if (answer.status() == 401) {
					signIn();
					continue;
				}
				return answer;
			}
			catch (java.net.ConnectException ex) {
				FAILED_OVER.incrementAndGet();
				pause(500);
			}
			catch (IOException ex) {
				throw new Uncertain(node.name() + " went away during " + method + " " + path + ": " + ex);
			}
		}
		throw new IllegalStateException("no node answered " + method + " " + path);
	}

	private ServerNode pick() {
		for (int i = 0; i < nodes.size() * 4; i++) {
			ServerNode node = nodes.get(Math.floorMod(NEXT.getAndIncrement(), nodes.size()));
			if (node.alive()) {
				return node;
			}
		}
		pause(1000);
		return nodes.get(Math.floorMod(NEXT.getAndIncrement(), nodes.size()));
	}

	private Answer send(ServerNode node, String method, String path, String body, String contentType)
			throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.header("X-Requested-With", "XMLHttpRequest")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		String xsrf = cookies.get("XSRF-TOKEN");
		if (xsrf != null) {
			request.header("X-XSRF-TOKEN", xsrf);
		}
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
		}
		HttpResponse<String> response;
		try {
			response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			String pair = cookie.split(";", 2)[0];
			int eq = pair.indexOf('=');
			if (eq > 0) {
				String value = pair.substring(eq + 1).trim();
				if (value.isEmpty()) {
					cookies.remove(pair.substring(0, eq).trim());
				}
				else {
					cookies.put(pair.substring(0, eq).trim(), value);
				}
			}
		}
		if (signedInOn != null && node != signedInOn && response.statusCode() < 400) {
			CARRIED_OVER.incrementAndGet();
		}
		return new Answer(response.statusCode(), response.body());
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Answer(int status, String body) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("not JSON (" + status + "): " + body, ex);
			}
		}

	}

	/**
	 * A write whose node went away before it answered: it may or may not have happened.
	 */
	static final class Uncertain extends Exception {

		Uncertain(String message) {
			super(message);
		}

	}

}
