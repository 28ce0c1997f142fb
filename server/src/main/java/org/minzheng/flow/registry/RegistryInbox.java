package org.minzheng.flow.registry;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.integration.economic.EconomicCheckResult;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers that registries send back later (the economic check takes days). Each answer is
 * stored first, in its own transaction, and then correlated to the waiting process; an
 * answer that arrives before the process waits for it (or while the engine is busy) stays
 * pending and is retried, so none is lost. On a cluster, every node retries but only one
 * correlates each message (compare-and-set on {@code correlated_at}).
 */
@Service
public class RegistryInbox {

	/**
	 * How often an answer is offered to its process before it is left for an
	 * administrator.
	 */
	static final int MAX_ATTEMPTS = 1000;

	private static final Logger log = LoggerFactory.getLogger(RegistryInbox.class);

	private final RegistryCalls calls;

	private final RegistryMessageMapper messages;

	private final Workflow workflow;

	private final List<RegistryAnswerHandler> handlers;

	private final List<EconomicCheckFindings> findings;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	private final Clock clock;

	RegistryInbox(RegistryMessageMapper messages, RegistryCalls calls, Workflow workflow,
			List<RegistryAnswerHandler> handlers, List<EconomicCheckFindings> findings,
			TransactionTemplate transactions, ObjectMapper json, Clock clock) {
		this.findings = findings;
		this.messages = messages;
		this.calls = calls;
		this.workflow = workflow;
		this.handlers = handlers;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The economic check answered: keep the outcome (codes only) and wake the process.
	 */
	public void economicCheckAnswered(EconomicCheckResult result) {
		// a case whose check was requested again may get an answer per request: the
		// first is kept (with its findings) and correlated, later ones are ignored. The
		// findings and the message to the process are stored in one transaction: findings
		// kept without their message would make every later answer "ignored" and leave
		// the case waiting for ever
		Long id = transactions.execute(status -> {
			// the case's requests are answered either way: the poller stops asking
			messages.markAnswered(EconomicCheckPoller.REGISTRY, result.applicationNo(), clock.instant());
			if (!findings.stream().map(f -> f.answered(result)).toList().stream().allMatch(b -> b)) {
				return null;
			}
			return calls.queueAnswer(AidApplicationProcess.MESSAGE_ECONOMIC_CHECK_COMPLETED, result.applicationNo(),
					Map.of(AidApplicationProcess.VAR_ECONOMIC_CHECK_OUTCOME, result.outcome().name()));
		});
		if (id == null) {
			log.info("[{}] economic check answer {} ignored: the case has its answer", result.applicationNo(),
					result.requestId());
			return;
		}
		deliver(id);
	}

	/**
	 * Retries pending answers (an answer that came before its process was ready, or a
	 * failed attempt).
	 */
	@Scheduled(fixedDelayString = "${minzheng.registries.inbox-retry:PT2S}")
	public void retryPending() {
		for (RegistryMessageMapper.Message message : messages.pending(100)) {
			deliver(message.id());
		}
	}

	private void deliver(long id) {
		boolean delivered;
		try {
			delivered = Boolean.TRUE.equals(transactions.execute(status -> {
				RegistryMessageMapper.Message message = messages.find(id);
				if (message == null || messages.markCorrelated(id, clock.instant()) == 0) {
					return true;
				}
				Map<String, Object> variables = read(message.payload());
				if (!workflow.correlate(message.messageName(), message.caseRef(), variables)) {
					status.setRollbackOnly();
					return false;
				}
				if (AidApplicationProcess.MESSAGE_ECONOMIC_CHECK_COMPLETED.equals(message.messageName())) {
					// again, here: the process waited for the answer, so the request's
					// own transaction has committed, which it may not have when the
					// answer was stored (one within milliseconds left it open for ever)
					messages.markAnswered(EconomicCheckPoller.REGISTRY, message.caseRef(), clock.instant());
				}
				handlers.forEach(handler -> handler.answered(message.messageName(), message.caseRef(), variables));
				log.info("[{}] registry answer {} delivered", message.caseRef(), message.messageName());
				return true;
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Registry answer {} not delivered yet: {}", id, ex.toString());
			transactions.executeWithoutResult(status -> messages.recordAttempt(id, truncate(ex.toString())));
			return;
		}
		if (!delivered) {
			// counted, so that an answer no process will ever wait for stops being
			// retried (see pending())
			transactions.executeWithoutResult(status -> messages.recordAttempt(id, "no process waits for it yet"));
		}
	}

	private Map<String, Object> read(String payload) {
		try {
			return json.readValue(payload, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text) {
		return text.length() <= 500 ? text : text.substring(0, 500);
	}

	/**
	 * Implemented by the feature that keeps what the economic check found (in its own
	 * tables, not in engine variables), before the answer is correlated.
	 */
	public interface EconomicCheckFindings {

		/**
		 * Keeps the answer's findings; false when the case already has an answer, which
		 * is then not correlated again.
		 */
		boolean answered(EconomicCheckResult result);

	}

	/**
	 * Implemented by features that record a registry answer in their own tables when it
	 * is delivered.
	 */
	public interface RegistryAnswerHandler {

		void answered(String messageName, String caseRef, Map<String, Object> variables);

	}

}
