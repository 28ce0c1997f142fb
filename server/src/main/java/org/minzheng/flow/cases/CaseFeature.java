package org.minzheng.flow.cases;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.security.BusinessLine;

/**
 * The port each feature implements for its cases: which numbers are its own, what a case
 * is (its index entry and the facts its page, print and CSV show) and every case number
 * (to rebuild the index). Implementations read the feature's own tables and check no
 * access: the case module has decided who may read before it asks.
 */
public interface CaseFeature {

	/** The business line of the feature's cases. */
	BusinessLine line();

	/** The kinds of case the feature files, each with its number prefix. */
	List<CaseKind> kinds();

	/**
	 * The case with this number, as the feature's tables hold it now.
	 * @param caseNo a number with one of {@link #kinds()}' prefixes
	 * @return the case, or empty when there is none
	 */
	Optional<CaseFile> find(String caseNo);

	/**
	 * The case's entry alone (what the inbox and the index need), without its facts.
	 * Features whose facts cost more than the entry may answer it more cheaply.
	 */
	default Optional<CaseEntry> entry(String caseNo) {
		return find(caseNo).map(CaseFile::entry);
	}

	/**
	 * The tables (lower case) {@link #entry} is made of. A transaction that wrote none of
	 * them through MyBatis left every entry of the feature as it was, and the index does
	 * not refresh the cases it touched. Empty (the default): not known, always refreshed.
	 */
	default java.util.Set<String> entryTables() {
		return java.util.Set.of();
	}

	/**
	 * Case numbers after {@code after} (all when {@code null}) in ascending order, at
	 * most {@code limit}: the index is rebuilt from these.
	 */
	List<String> caseNumbers(String after, int limit);

	/**
	 * How many cases the feature holds (the index is filled at start when it has fewer).
	 */
	long caseCount();

	/**
	 * Whether clerks, reviewers and approvers read the feature's cases only at the unit
	 * they hold their role at, not at the units below it (a registrar's staff act for
	 * their own registrar only); supervisors and auditors read below their unit in any
	 * case.
	 */
	default boolean handlersAtOwnUnitOnly() {
		return false;
	}

	/**
	 * Whether the case was decided before the system went live (存量案件, taken over from the
	 * old system): it has no process instance and never will, so the case page shows no
	 * diagram and says why.
	 */
	default boolean decidedBeforeGoLive(CaseEntry entry) {
		return false;
	}

}
