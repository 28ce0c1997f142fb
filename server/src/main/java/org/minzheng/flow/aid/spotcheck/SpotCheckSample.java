package org.minzheng.flow.aid.spotcheck;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A reproducible random sample of a month's entrusted decisions, and how anyone replays
 * it from what the draw stores ({@code aid_spot_check_draw}):
 * <ol>
 * <li>the seed is the first 8 bytes (big-endian, signed) of SHA-256 over the UTF-8 text
 * {@code district + "|" + yyyy-MM + "|" + salt};</li>
 * <li>the population is the set of case numbers sorted by {@link String#compareTo} (the
 * draw stores it so);</li>
 * <li>a {@link SplittableRandom} seeded with the seed (SplitMix64, the same on every JDK)
 * shuffles a copy with Fisher–Yates: for {@code i} from {@code n-1} down to {@code 1},
 * swap {@code i} with {@code nextInt(i + 1)};</li>
 * <li>the sample is the first {@code size} numbers: the share (per cent) of the
 * population rounded up, at least 1 when there is any decision, at most all.</li>
 * </ol>
 *
 * @param seed the seed derived from district, month and salt
 * @param population the candidates, sorted
 * @param sample the drawn numbers, in draw order
 */
public record SpotCheckSample(long seed, List<String> population, List<String> sample) {

	/** Draws the sample of the district's month. */
	public static SpotCheckSample draw(Collection<String> candidates, String districtCode, YearMonth month, String salt,
			int sharePercent) {
		if (sharePercent < 1 || sharePercent > 100) {
			throw new IllegalArgumentException("share must be 1..100 per cent: " + sharePercent);
		}
		List<String> population = List.copyOf(new TreeSet<>(candidates));
		long seed = seed(districtCode, month, salt);
		return new SpotCheckSample(seed, population,
				shuffle(population, seed).subList(0, size(population.size(), sharePercent)));
	}

	/** The seed of a district's month under the salt. */
	public static long seed(String districtCode, YearMonth month, String salt) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((districtCode + "|" + month + "|" + salt).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * How many of a population are drawn: the share rounded up, at least 1 when there are
	 * any.
	 */
	public static int size(int population, int sharePercent) {
		if (population == 0) {
			return 0;
		}
		int size = (int) ((population * (long) sharePercent + 99) / 100);
		return Math.min(population, Math.max(1, size));
	}

	/** The population shuffled by Fisher–Yates with the seeded generator. */
	static List<String> shuffle(List<String> population, long seed) {
		List<String> order = new ArrayList<>(population);
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = order.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			String swapped = order.get(i);
			order.set(i, order.get(j));
			order.set(j, swapped);
		}
		return order;
	}

}
