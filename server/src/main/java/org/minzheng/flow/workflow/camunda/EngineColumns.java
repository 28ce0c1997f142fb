package org.minzheng.flow.workflow.camunda;

/**
 * The engine's tables (migration V1, Camunda's own schema) declare MySQL's 3-byte
 * {@code utf8}: they hold no character outside the Basic Multilingual Plane (4-byte CJK
 * such as 𠀀, emoji), and on MySQL and MariaDB comparing such a value with their columns
 * fails ("Illegal mix of collations") instead of matching nothing. An id, key or business
 * key the engine wrote can therefore never hold one: a lookup by such a value is answered
 * "not found" without asking the database (found by the OpenAPI fuzzing test: a task id
 * of 4-byte CJK in /api/tasks/{taskId} was a 500).
 */
final class EngineColumns {

	private EngineColumns() {
	}

	/** Whether the engine's columns could hold the value ({@code null} can). */
	static boolean canHold(String value) {
		if (value == null) {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			if (Character.isSurrogate(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** Whether the engine's columns could hold every value. */
	static boolean canHold(String... values) {
		for (String value : values) {
			if (!canHold(value)) {
				return false;
			}
		}
		return true;
	}

}
