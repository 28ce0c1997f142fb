package org.minzheng.flow.integration.population;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.minzheng.flow.integration.RegistryHttpSupport;
import org.minzheng.flow.integration.SimulatorHttpServer;
import org.minzheng.flow.integration.SimulatorHttpServer.Reply;
import org.minzheng.flow.integration.population.PopulationWire.NameCheckBody;
import org.minzheng.flow.integration.population.PopulationWire.NameCheckRequest;
import org.minzheng.flow.integration.population.PopulationWire.PersonBody;

/**
 * The population registry's HTTP API served by a
 * {@link SimulatedPopulationRegistryClient}, so that {@link HttpPopulationRegistryClient}
 * can run end-to-end without the real registry. Closing the server leaves the simulator
 * to its owner.
 */
public final class PopulationRegistrySimulatorServer implements AutoCloseable {

	private final SimulatedPopulationRegistryClient simulator;

	private final SimulatorHttpServer server;

	private PopulationRegistrySimulatorServer(SimulatedPopulationRegistryClient simulator, int port) {
		this.simulator = simulator;
		this.server = SimulatorHttpServer.start(port, Map.of(PopulationWire.PERSONS_PATH, this::route));
	}

	/**
	 * Serves {@code simulator} on the loopback interface; {@code port} 0 picks a free
	 * port.
	 */
	public static PopulationRegistrySimulatorServer start(SimulatedPopulationRegistryClient simulator, int port) {
		return new PopulationRegistrySimulatorServer(Objects.requireNonNull(simulator, "simulator"), port);
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

	private Reply route(HttpExchange exchange) throws java.io.IOException {
		String prefix = PopulationWire.PERSONS_PATH + "/";
		String path = exchange.getRequestURI().getPath();
		if (path.startsWith(prefix) && path.endsWith(PopulationWire.NAME_CHECK_SUFFIX)
				&& exchange.getRequestMethod().equals("POST")) {
			String idNumber = path.substring(prefix.length(),
					path.length() - PopulationWire.NAME_CHECK_SUFFIX.length());
			NameCheckRequest request = SimulatorHttpServer.readJson(exchange, NameCheckRequest.class);
			String key = exchange.getRequestHeaders().getFirst(RegistryHttpSupport.IDEMPOTENCY_KEY_HEADER);
			NameCheckResult result = simulator.confirmName(idNumber, request == null ? null : request.name(), key);
			if (result == NameCheckResult.NOT_FOUND) {
				return Reply.error(404, "PERSON_NOT_FOUND", "no such person");
			}
			return new Reply(200, new NameCheckBody(idNumber, result));
		}
		if (!path.startsWith(prefix) || path.length() == prefix.length()
				|| !exchange.getRequestMethod().equals("GET")) {
			return Reply.error(404, "NOT_FOUND", "no such endpoint");
		}
		String key = exchange.getRequestHeaders().getFirst(RegistryHttpSupport.IDEMPOTENCY_KEY_HEADER);
		PersonRecord person = simulator.lookup(path.substring(prefix.length()), key);
		if (!person.found()) {
			return Reply.error(404, "PERSON_NOT_FOUND", "no such person");
		}
		return new Reply(200, PersonBody.of(person));
	}

}
