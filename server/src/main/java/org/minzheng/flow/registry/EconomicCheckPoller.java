package org.minzheng.flow.registry;

import java.util.Optional;

import org.minzheng.flow.integration.RegistryException;
import org.minzheng.flow.integration.economic.EconomicCheckClient;
import org.minzheng.flow.integration.economic.EconomicCheckResult;
import org.minzheng.flow.integration.economic.HttpEconomicCheckClient;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With real registries ({@code minzheng.registries.mode=http}) the verification centre
 * does not call us: we ask for the answers of our open requests now and then, and hand
 * each answer to the {@link RegistryInbox} like any other. Safe on several nodes: the
 * inbox correlates each answer once.
 */
@Component
@ConditionalOnProperty(name = "minzheng.registries.mode", havingValue = "http")
class EconomicCheckPoller {

	static final String REGISTRY = HttpEconomicCheckClient.REGISTRY;

	private static final Logger log = LoggerFactory.getLogger(EconomicCheckPoller.class);

	private final RegistryMessageMapper calls;

	private final EconomicCheckClient client;

	private final RegistryInbox inbox;

	EconomicCheckPoller(RegistryMessageMapper calls, EconomicCheckClient client, RegistryInbox inbox) {
		this.calls = calls;
		this.client = client;
		this.inbox = inbox;
	}

	@Scheduled(fixedDelayString = "${minzheng.registries.economic-check.poll-interval:PT1M}")
	void poll() {
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
