package org.minzheng.flow.cases;

import java.util.List;

/**
 * A case as its feature describes it: the index entry and the facts the case page, the
 * print record and the CSV show, in sections (申请, 家庭成员, 决定 ...).
 */
public record CaseFile(CaseEntry entry, List<Section> sections) {

	/** A titled group of facts. */
	public record Section(String title, List<Fact> facts) {
	}

	/**
	 * One fact: its label, its value as text and whether it is personal data (masked for
	 * readers who do not handle the case).
	 */
	public record Fact(String label, String value, boolean personal) {

		public static Fact of(String label, Object value) {
			return new Fact(label, value == null ? null : String.valueOf(value), false);
		}

		public static Fact personal(String label, String value) {
			return new Fact(label, value, true);
		}

	}

}
