package org.minzheng.flow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one side of a scenario, in microseconds. */
public final class Stats {

	private final List<Long> micros = new ArrayList<>();

	public void add(long nanos) {
		micros.add(nanos / 1000);
	}

	public double medianMillis() {
		return percentile(50) / 1000.0;
	}

	public double p95Millis() {
		return percentile(95) / 1000.0;
	}

	public int count() {
		return micros.size();
	}

	private long percentile(int p) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
