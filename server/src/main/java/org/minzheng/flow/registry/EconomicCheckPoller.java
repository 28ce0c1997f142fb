package org.minzheng.flow.registry;

import java.util.Optional;

import org.minzheng.flow.integration.RegistryException;
import org.minzheng.flow.integration.economic.EconomicCheckClient;
import org.minzheng.flow.integration.economic.EconomicCheckResult;
import org.minzheng.flow.integration.economic.HttpEconomicCheckClient;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With the real verification centre ({@code minzheng.registries.economic-check.base-uri}
 * set) nobody calls us back: we ask for the answers of our open requests every
 * {@code poll-interval}, and hand each answer to the {@link RegistryInbox} like any
 * other. Safe on several nodes: the inbox correlates each answer once. The simulator
 * delivers its answers itself, so then there is nothing to poll.
 */
@Component
class EconomicCheckPoller {

	static final String REGISTRY = HttpEconomicCheckClient.REGISTRY;

	private static final Logger log = LoggerFactory.getLogger(EconomicCheckPoller.class);

	private final RegistryMessageMapper calls;

	private final EconomicCheckClient client;

	private final RegistryInbox inbox;

	private final boolean http;

	EconomicCheckPoller(RegistryMessageMapper calls, EconomicCheckClient client, RegistryInbox inbox,
			EconomicCheckProperties properties) {
		this.calls = calls;
		this.client = client;
		this.inbox = inbox;
		this.http = properties.http();
	}

	@Scheduled(fixedDelayString = "${minzheng.registries.economic-check.poll-interval:PT1M}")
	void poll() {
		if (!http) {
			return;
		}
		for (RegistryMessageMapper.OpenRequest request : calls.unanswered(REGISTRY,
				AidApplicationProcess.MESSAGE_ECONOMIC_CHECK_COMPLETED, 200)) {
			try {
				Optional<EconomicCheckResult> result = client.fetchResult(request.requestId());
				result.ifPresent(inbox::economicCheckAnswered);
			}
			catch (RegistryException ex) {
				log.warn("[{}] economic check {} not fetched: {}", request.caseRef(), request.requestId(),
						ex.getMessage());
			}
		}
	}

}
