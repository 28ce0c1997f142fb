package org.minzheng.flow.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A minimal JSON-over-HTTP server (the JDK's {@code com.sun.net.httpserver}) that the
 * registry simulators expose, so the real HTTP clients run end-to-end in the demo and in
 * tests. It binds to the loopback interface only: a simulator is never meant to be
 * reachable from another machine.
 *
 * <p>
 * Routes answer with a {@link Reply}; a {@link RegistryException} thrown by the simulated
 * registry is turned into the status and error body a real registry would send (503, or
 * the rejection's status and code), and a request body that is not valid JSON into 400
 * {@code MALFORMED_REQUEST}.
 */
public final class SimulatorHttpServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SimulatorHttpServer.class);

	private final HttpServer server;

	private static final ObjectMapper JSON = RegistryJson.newMapper();

	/**
	 * Handles one exchange of a context; may read the body with
	 * {@link SimulatorHttpServer#readJson}.
	 */
	@FunctionalInterface
	public interface Route {

		Reply handle(HttpExchange exchange) throws IOException;

	}

	/** A status and a body to be written as JSON ({@code null} for none). */
	public record Reply(int status, Object body) {

		/**
		 * An error body in the registries' shape: {@code {"code": ..., "message": ...}}.
		 */
		public static Reply error(int status, String code, String message) {
			return new Reply(status, Map.of("code", code, "message", message));
		}

	}

	private SimulatorHttpServer(HttpServer server) {
		this.server = server;
	}

	/**
	 * Starts a server on the loopback interface.
	 * @param port the port, or 0 for a free one (see {@link #baseUri()})
	 * @param routes context path (prefix, e.g. {@code /api/v1/checks}) to route
	 */
	public static SimulatorHttpServer start(int port, Map<String, Route> routes) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			SimulatorHttpServer simulator = new SimulatorHttpServer(server);
			routes.forEach((path, route) -> server.createContext(path, exchange -> simulator.serve(exchange, route)));
			server.start();
			return simulator;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start simulator on port " + port, ex);
		}
	}

	/** The base URI to configure a client's {@link RegistryEndpoint} with. */
	public URI baseUri() {
		try {
			String host = server.getAddress().getAddress().getHostAddress();
			return new URI("http", null, host, port(), null, null, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** Reads the request body as JSON; invalid JSON becomes a 400 answer. */
	public static <T> T readJson(HttpExchange exchange, Class<T> type) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return JSON.readValue(in, type);
		}
	}

	/** Stops accepting requests; exchanges in progress get a second to finish. */
	@Override
	public void close() {
		server.stop(1);
	}

	private void serve(HttpExchange exchange, Route route) throws IOException {
		try {
			write(exchange, replyTo(exchange, route));
		}
		finally {
			exchange.close();
		}
	}

	private Reply replyTo(HttpExchange exchange, Route route) throws IOException {
		try {
			return route.handle(exchange);
		}
		catch (RegistryUnavailableException ex) {
			return Reply.error(503, "REGISTRY_UNAVAILABLE", "simulated outage");
		}
		catch (RegistryRejectedException ex) {
			return Reply.error(ex.status(), ex.errorCode().orElse("REJECTED"), "rejected");
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			return Reply.error(400, "MALFORMED_REQUEST", "request does not match the contract");
		}
		catch (RuntimeException ex) {
			log.error("simulator failed on {} {}", exchange.getRequestMethod(), exchange.getHttpContext().getPath(),
					ex);
			return Reply.error(500, "SIMULATOR_ERROR", "simulator failure");
		}
	}

	private void write(HttpExchange exchange, Reply reply) throws IOException {
		if (reply.body() == null) {
			exchange.sendResponseHeaders(reply.status(), -1);
			return;
		}
		byte[] body = JSON.writeValueAsBytes(reply.body());
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(reply.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
