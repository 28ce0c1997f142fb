package org.minzheng.flow.aid.spotcheck;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A district's draw of one month, with what it takes to replay it (see
 * {@link SpotCheckSample}): the salt, the seed, the share, the population sorted by case
 * number and the sample in draw order (both comma-separated).
 */
public record AidSpotCheckDraw(long id, String districtCode, LocalDate sampleMonth, String salt, long seed,
		int sharePercent, int populationSize, int sampleSize, String populationNos, String sampleNos, Instant drawnAt) {
}
