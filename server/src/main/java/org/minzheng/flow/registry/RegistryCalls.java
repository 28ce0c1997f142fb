package org.minzheng.flow.registry;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outbound registry calls by idempotency key (business key + activity). A job that
 * already recorded its call does not call again; one that called but crashed before
 * committing calls again with the same key, and the registry answers with the original
 * request instead of creating a second one.
 */
@Service
public class RegistryCalls {

	private final RegistryMessageMapper calls;

	private final Clock clock;

	private final com.fasterxml.jackson.databind.ObjectMapper json;

	RegistryCalls(RegistryMessageMapper calls, Clock clock, com.fasterxml.jackson.databind.ObjectMapper json) {
		this.calls = calls;
		this.clock = clock;
		this.json = json;
	}

	/** Whether a call with this key was already made. */
	@Transactional(readOnly = true)
	public boolean called(String key) {
		return calls.requestIdOf(key) != null;
	}

	/**
	 * Stores a registry answer for the inbox to deliver, in the caller's transaction, and
	 * returns its id. Also for a step that was done again (撤回 or 退回 to an earlier step)
	 * and so repeated a call whose answer already came: the registry will not answer the
	 * same request twice, so the answer it gave is queued again, and the inbox delivers
	 * it once the process waits for it.
	 */
	@Transactional
	public long queueAnswer(String messageName, String caseRef, java.util.Map<String, Object> variables) {
		String payload;
		try {
			payload = json.writeValueAsString(variables);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		RegistryMessageMapper.Key key = new RegistryMessageMapper.Key();
		calls.insert(key,
				new RegistryMessageMapper.Message(null, messageName, caseRef, payload, clock.instant(), null, 0, null));
		return key.id;
	}

	/** The key for a call made by an activity of a case. */
	public static String key(String businessKey, String activityId) {
		return businessKey + ":" + activityId;
	}

	/**
	 * The registry's request id for the key: the recorded one, or the one {@code call}
	 * obtains (then recorded in the caller's transaction).
	 */
	@Transactional
	public String once(String registry, String caseRef, String key, Supplier<String> call) {
		Optional<String> known = Optional.ofNullable(calls.requestIdOf(key));
		if (known.isPresent()) {
			return known.get();
		}
		String requestId = call.get();
		calls.insertCall(key, registry, caseRef, requestId, clock.instant());
		return requestId;
	}

}
