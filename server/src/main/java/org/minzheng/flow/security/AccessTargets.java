package org.minzheng.flow.security;

import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.shared.ApiException;

/**
 * Implemented by each feature (and the inbox) for the records its endpoints act on: where
 * a record lives, so that {@link AccessInterceptor} can check line, role and unit before
 * the endpoint runs.
 */
public interface AccessTargets {

	/** The kinds this feature answers for, e.g. {@code aid-application}. */
	Set<String> kinds();

	/** Where the record lives, or empty when there is no such record. */
	Optional<Target> find(String kind, String id);

	/** What a refused or missing record of the kind answers (404). */
	ApiException notFound(String kind);

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
