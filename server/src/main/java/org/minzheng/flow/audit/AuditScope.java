package org.minzheng.flow.audit;

import java.util.Collection;
import java.util.List;

/**
 * The audit rows a reader may see: every row of {@code everyLine}'s units; at other
 * units, rows of cases of the lines held there ({@code lines}, by case-number prefix);
 * rows about no case (administration) at any unit a reading role covers. Getters for
 * MyBatis's OGNL.
 */
public final class AuditScope {

	private final Collection<String> everyLine;

	private final List<LineUnits> lines;

	private final Collection<String> anyLine;

	AuditScope(Collection<String> everyLine, List<LineUnits> lines, Collection<String> anyLine) {
		this.everyLine = everyLine;
		this.lines = lines;
		this.anyLine = anyLine;
	}

	public Collection<String> getEveryLine() {
		return everyLine;
	}

	public List<LineUnits> getLines() {
		return lines;
	}

	public Collection<String> getAnyLine() {
		return anyLine;
	}

	boolean isEmpty() {
		return anyLine.isEmpty();
	}

	/** Case-number patterns of one line and the units it is read at. */
	public static final class LineUnits {

		private final List<String> patterns;

		private final Collection<String> units;

		LineUnits(List<String> patterns, Collection<String> units) {
			this.patterns = patterns;
			this.units = units;
		}

		public List<String> getPatterns() {
			return patterns;
		}

		public Collection<String> getUnits() {
			return units;
		}

	}

}
