package org.minzheng.flow.socialorg.spotcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The reproducible 双随机 draw: from the stored seed and candidate lists, anyone gets the
 * same sample. {@link Random} is used because its algorithm is fixed by the Java
 * specification (a 48-bit linear congruential generator), so the draw is the same on
 * every JVM: a partial Fisher–Yates shuffle of the organisations, then of the inspectors,
 * from one generator.
 */
public final class SpotCheckDraw {

	private SpotCheckDraw() {
	}

	/** The drawn organisations and inspectors, in draw order. */
	record Sample(List<String> organisations, List<String> inspectors) {
	}

	static Sample draw(long seed, List<String> organisationCandidates, int organisations,
			List<String> inspectorCandidates, int inspectors) {
		Random random = new Random(seed);
		return new Sample(pick(random, organisationCandidates, organisations),
				pick(random, inspectorCandidates, inspectors));
	}

	private static List<String> pick(Random random, List<String> candidates, int count) {
		List<String> pool = new ArrayList<>(candidates);
		int n = Math.min(count, pool.size());
		for (int i = 0; i < n; i++) {
			int j = i + random.nextInt(pool.size() - i);
			String swap = pool.get(i);
			pool.set(i, pool.get(j));
			pool.set(j, swap);
		}
		return List.copyOf(pool.subList(0, n));
	}

	static String join(List<String> values) {
		return String.join(",", values);
	}

	public static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}
