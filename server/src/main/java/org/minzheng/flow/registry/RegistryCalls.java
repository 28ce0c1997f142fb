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

	RegistryCalls(RegistryMessageMapper calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
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
