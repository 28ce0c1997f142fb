package org.minzheng.flow.integration.economic;

import java.util.Comparator;
import java.util.List;

/**
 * The simulator's deterministic verdicts, documented for demo users on
 * {@link SimulatedEconomicCheckClient}. Only {@link String#hashCode()} is used for
 * "randomness": its algorithm is specified, so a household gets the same verdict on every
 * machine and every run.
 */
final class EconomicCheckRules {

	static final String EXCEEDS_SEQUENCE = "999";

	static final String INCONCLUSIVE_SEQUENCE = "998";

	static final String WITHIN_SEQUENCE = "997";

	private EconomicCheckRules() {
	}

	static EconomicCheckOutcome outcome(List<HouseholdMember> members) {
		return outcome(members, null);
	}

	/**
	 * @param unpinned the verdict for a household without a pinned sequence code, or null
	 * for the hash-derived one
	 */
	static EconomicCheckOutcome outcome(List<HouseholdMember> members, EconomicCheckOutcome unpinned) {
		if (anyHasSequence(members, EXCEEDS_SEQUENCE)) {
			return EconomicCheckOutcome.EXCEEDS_LIMIT;
		}
		if (anyHasSequence(members, INCONCLUSIVE_SEQUENCE)) {
			return EconomicCheckOutcome.INCONCLUSIVE;
		}
		if (anyHasSequence(members, WITHIN_SEQUENCE)) {
			return EconomicCheckOutcome.WITHIN_LIMIT;
		}
		if (unpinned != null) {
			return unpinned;
		}
		int bucket = Math.floorMod(String.join(",", sortedIds(members)).hashCode(), 10);
		if (bucket < 7) {
			return EconomicCheckOutcome.WITHIN_LIMIT;
		}
		return bucket < 9 ? EconomicCheckOutcome.EXCEEDS_LIMIT : EconomicCheckOutcome.INCONCLUSIVE;
	}

	/**
	 * One finding per member, consistent with the outcome: when the household exceeds the
	 * limit, the members with sequence 999 (or, for a hash-derived verdict, the first ID
	 * in sorted order) are affluent; everyone else has a modest income and no vehicle,
	 * shares or second home.
	 */
	static List<MemberFinding> findings(List<HouseholdMember> members, EconomicCheckOutcome outcome) {
		List<String> ids = sortedIds(members);
		boolean anyPinned = anyHasSequence(members, EXCEEDS_SEQUENCE);
		return members.stream().map(HouseholdMember::idNumber).map(id -> {
			boolean affluent = outcome == EconomicCheckOutcome.EXCEEDS_LIMIT
					&& (anyPinned ? EXCEEDS_SEQUENCE.equals(sequence(id)) : id.equals(ids.get(0)));
			return affluent ? affluent(id) : modest(id);
		}).toList();
	}

	/** Positions 15-17 of a citizen ID number: the sequence code (顺序码). */
	static String sequence(String idNumber) {
		return idNumber.length() >= 17 ? idNumber.substring(14, 17) : "";
	}

	private static boolean anyHasSequence(List<HouseholdMember> members, String sequence) {
		return members.stream().anyMatch(m -> sequence.equals(sequence(m.idNumber())));
	}

	private static List<String> sortedIds(List<HouseholdMember> members) {
		return members.stream().map(HouseholdMember::idNumber).sorted(Comparator.naturalOrder()).toList();
	}

	// 500.00 to 1,299.99 yuan a month: under the 2022 Shenzhen 低保 standard of 1,365 yuan.
	private static MemberFinding modest(String id) {
		int spread = Math.floorMod(id.hashCode(), 80_000);
		return new MemberFinding(id, 50_000L + spread, spread % 2, 0, false);
	}

	// 15,000.00 to 19,999.99 yuan a month, several properties, a car and company shares.
	private static MemberFinding affluent(String id) {
		return new MemberFinding(id, 1_500_000L + Math.floorMod(id.hashCode(), 500_000), 3, 1, true);
	}

}
