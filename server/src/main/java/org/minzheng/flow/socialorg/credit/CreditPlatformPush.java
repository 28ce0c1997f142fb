package org.minzheng.flow.socialorg.credit;

import java.time.Clock;
import java.util.List;

import org.minzheng.flow.integration.RegistryException;
import org.minzheng.flow.integration.credit.CreditListEntry;
import org.minzheng.flow.integration.credit.CreditPlatformClient;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shares the credit lists with the public credit platform: every recorded move not yet
 * pushed is published, outside the transaction that made it, with the move's id as
 * idempotency key; a failed push stays unpushed and is tried again on the next round.
 * Safe on several nodes: a move pushed twice is one entry for the platform.
 */
@Component
class CreditPlatformPush {

	private static final Logger log = LoggerFactory.getLogger(CreditPlatformPush.class);

	/** Moves pushed per round. */
	static final int BATCH = 200;

	private final OrganisationMapper organisations;

	private final CreditPlatformClient platform;

	private final Clock clock;

	CreditPlatformPush(OrganisationMapper organisations, CreditPlatformClient platform, Clock clock) {
		this.organisations = organisations;
		this.platform = platform;
		this.clock = clock;
	}

	/** One round: pushes up to {@value #BATCH} moves, oldest first. */
	@Scheduled(fixedDelayString = "${minzheng.registries.credit-platform.push-interval:PT30S}")
	int push() {
		int pushed = 0;
		List<OrganisationMapper.UnpushedMove> moves = organisations.unpushed(BATCH);
		for (OrganisationMapper.UnpushedMove move : moves) {
			try {
				platform.publish(
						new CreditListEntry(move.uscc(), move.name(), move.toState(), move.reasonCode(),
								move.reasonText(), move.effectiveOn(), move.registrarCode()),
						"credit-transition:" + move.id());
				organisations.markPushed(move.id(), clock.instant());
				pushed++;
			}
			catch (RegistryException ex) {
				log.warn("credit move {} not pushed: {}", move.id(), ex.getMessage());
			}
		}
		return pushed;
	}

}
