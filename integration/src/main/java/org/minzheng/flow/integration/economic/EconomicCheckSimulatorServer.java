package org.minzheng.flow.integration.economic;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.minzheng.flow.integration.RegistryHttpSupport;
import org.minzheng.flow.integration.SimulatorHttpServer;
import org.minzheng.flow.integration.SimulatorHttpServer.Reply;
import org.minzheng.flow.integration.economic.EconomicCheckWire.CheckBody;
import org.minzheng.flow.integration.economic.EconomicCheckWire.ReceiptBody;
import org.minzheng.flow.integration.economic.EconomicCheckWire.SubmitBody;

/**
 * The verification centre's HTTP API served by a {@link SimulatedEconomicCheckClient}, so
 * that {@link HttpEconomicCheckClient} can run end-to-end without the real centre.
 * Answers follow the simulator's rules; its callback still delivers the results (there is
 * no push over HTTP).
 *
 * <p>
 * Closing the server does not close the simulator: whoever created the simulator owns it.
 */
public final class EconomicCheckSimulatorServer implements AutoCloseable {

	private final SimulatedEconomicCheckClient simulator;

	private final SimulatorHttpServer server;

	private EconomicCheckSimulatorServer(SimulatedEconomicCheckClient simulator, int port) {
		this.simulator = simulator;
		this.server = SimulatorHttpServer.start(port, Map.of(EconomicCheckWire.CHECKS_PATH, this::route));
	}

	/**
	 * Serves {@code simulator} on the loopback interface; {@code port} 0 picks a free
	 * port.
	 */
	public static EconomicCheckSimulatorServer start(SimulatedEconomicCheckClient simulator, int port) {
		return new EconomicCheckSimulatorServer(Objects.requireNonNull(simulator, "simulator"), port);
	}

	/**
	 * The base URI for the client's
	 * {@link org.minzheng.flow.integration.RegistryEndpoint}.
	 */
	public URI baseUri() {
		return server.baseUri();
	}

	@Override
	public void close() {
		server.close();
	}

	private Reply route(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		if (path.equals(EconomicCheckWire.CHECKS_PATH) && method.equals("POST")) {
			return submit(exchange);
		}
		String prefix = EconomicCheckWire.CHECKS_PATH + "/";
		if (path.startsWith(prefix) && path.length() > prefix.length() && method.equals("GET")) {
			String requestId = path.substring(prefix.length());
			return simulator.fetchResult(requestId)
				.map(result -> new Reply(200, CheckBody.completed(result)))
				.orElseGet(() -> new Reply(200, CheckBody.pending(requestId)));
		}
		return Reply.error(404, "NOT_FOUND", "no such endpoint");
	}

	private Reply submit(HttpExchange exchange) throws IOException {
		SubmitBody body = SimulatorHttpServer.readJson(exchange, SubmitBody.class);
		String key = exchange.getRequestHeaders().getFirst(RegistryHttpSupport.IDEMPOTENCY_KEY_HEADER);
		if (key == null || (body.idempotencyKey() != null && !body.idempotencyKey().equals(key))) {
			return Reply.error(400, "IDEMPOTENCY_KEY_MISMATCH", "Idempotency-Key header missing or differs from body");
		}
		EconomicCheckReceipt receipt = simulator.submit(body.toRequest(key));
		return new Reply(receipt.duplicate() ? 200 : 201, ReceiptBody.of(receipt));
	}

}
