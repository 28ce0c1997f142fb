package org.minzheng.flow.workflow.camunda;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keys that never change once the engine has assigned them: a deployed definition's
 * process key, the form key of a task in a deployed definition, a process instance's
 * business key (we never change one after the start). Caching them saves an engine
 * command each (the engine reads the definition row from the database in every command
 * that resolves it). Immutable data only, so every node of a cluster may keep its own
 * copy; the instance map is bounded.
 */
final class ImmutableKeys {

	private static final int INSTANCES = 20_000;

	private final Map<String, String> processKeys = new ConcurrentHashMap<>();

	private final Map<String, String> formKeys = new ConcurrentHashMap<>();

	private final Map<String, String> businessKeys = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > INSTANCES;
		}

	};

	String processKey(String definitionId, Function<String, String> load) {
		return processKeys.computeIfAbsent(definitionId, load);
	}

	/**
	 * The form key, or null when the task has none (not cached: rare, and cheap to ask).
	 */
	String formKey(String definitionId, String taskKey, Supplier<String> load) {
		String key = definitionId + "#" + taskKey;
		String cached = formKeys.get(key);
		if (cached != null) {
			return cached;
		}
		String loaded = load.get();
		if (loaded != null) {
			formKeys.put(key, loaded);
		}
		return loaded;
	}

	/** The business key, or null when the instance has none or is gone (not cached). */
	String businessKey(String processInstanceId, Function<String, String> load) {
		synchronized (businessKeys) {
			String cached = businessKeys.get(processInstanceId);
			if (cached != null) {
				return cached;
			}
		}
		String loaded = load.apply(processInstanceId);
		if (loaded != null) {
			synchronized (businessKeys) {
				businessKeys.put(processInstanceId, loaded);
			}
		}
		return loaded;
	}

}
