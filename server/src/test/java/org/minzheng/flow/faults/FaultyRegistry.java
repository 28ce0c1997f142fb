package org.minzheng.flow.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A registry as the nodes see it: an HTTP front that passes requests to the real
 * (simulated) registry, or fails them as a registry does when it is down (503), slow
 * (answers after the client's read timeout) or broken (200 with a body that is not the
 * registry's JSON). Counts what it let through and what it failed.
 */
final class FaultyRegistry implements AutoCloseable {

	enum Mode {

		UP, DOWN, SLOW, GARBAGE

	}

	private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "upgrade",
			"transfer-encoding", "expect", "keep-alive");

	private final URI target;

	private final HttpServer server;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile Mode mode = Mode.UP;

	private volatile Duration slowness = Duration.ofSeconds(15);

	private volatile Duration latency = Duration.ZERO;

	final Map<Mode, AtomicLong> requests = new ConcurrentHashMap<>();

	private FaultyRegistry(URI target) throws IOException {
		this.target = target;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(16, runnable -> {
			Thread thread = new Thread(runnable, "faulty-registry");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	static FaultyRegistry before(URI target) {
		try {
			return new FaultyRegistry(target);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	void mode(Mode mode) {
		this.mode = mode;
	}

	Mode mode() {
		return mode;
	}

	/** How long a registry that is up takes to answer. */
	void latency(Duration latency) {
		this.latency = latency;
	}

	long count(Mode mode) {
		return requests.getOrDefault(mode, new AtomicLong()).get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		Mode now = mode;
		requests.computeIfAbsent(now, m -> new AtomicLong()).incrementAndGet();
		try (exchange) {
			switch (now) {
				case DOWN -> reply(exchange, 503, "application/json",
						"{\"code\":\"UNAVAILABLE\",\"message\":\"registry down for maintenance\"}");
				case GARBAGE -> reply(exchange, 200, "application/json", "<html><body>502 Bad Gateway</body></html>");
				case SLOW -> {
					ClusterClient.pause(slowness.toMillis());
					forward(exchange);
				}
				case UP -> {
					ClusterClient.pause(latency.toMillis());
					forward(exchange);
				}
			}
		}
	}

	private void forward(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
			.timeout(Duration.ofSeconds(30))
			.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!HOP_BY_HOP.contains(name.toLowerCase())) {
				values.forEach(value -> request.header(name, value));
			}
		});
		HttpResponse<byte[]> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		response.headers().map().forEach((name, values) -> {
			if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
				exchange.getResponseHeaders().put(name, values);
			}
		});
		exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
		if (response.body().length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(response.body());
			}
		}
	}

	private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
