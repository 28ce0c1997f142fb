package org.minzheng.flow.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.minzheng.flow.shared.ApiException;

/**
 * Implemented by each feature (and the inbox) for the records its endpoints act on: where
 * a record lives, so that {@link AccessInterceptor} can check line, role and unit before
 * the endpoint runs.
 */
public interface AccessTargets {

	/** The kinds of record this feature answers for. */
	List<Kind> kinds();

	/**
	 * A kind of record ({@code aid-application}): how one is found by the identifier in
	 * the path, and what a refused or missing one answers (404, with the feature's code).
	 */
	record Kind(String name, Function<String, Optional<Target>> find, String notFoundCode, String notFoundMessage) {

		public ApiException notFound() {
			return ApiException.notFound(notFoundCode, notFoundMessage);
		}

	}

	/**
	 * A record's line and the units whose role holders may reach it (a case's streets, a
	 * registrar and the organisation's supervisory unit, a trust's registrar and
	 * trustee). With {@code groups} (a task's candidate groups) the user must be in one
	 * of them, or be the {@code assignee}, instead.
	 */
	record Target(BusinessLine line, Set<String> units, Set<String> groups, String assignee) {

		public static Target at(BusinessLine line, Set<String> units) {
			return new Target(line, units, null, null);
		}

		public static Target at(BusinessLine line, String... units) {
			Set<String> set = new java.util.LinkedHashSet<>();
			for (String unit : units) {
				if (unit != null) {
					set.add(unit);
				}
			}
			return new Target(line, set, null, null);
		}

	}

}
