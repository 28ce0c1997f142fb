package org.minzheng.flow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;

/** Writes one section of docs/benchmarks.md, replacing the section of the same name. */
final class Report {

	private Report() {
	}

	/** Figures of the throughput scenario. */
	record Throughput(int cases, int threads, double oursPerSecond, double plainPerSecond, double[] oursStatements,
			double[] plainStatements, double auditPerCase, double taskRecordsPerCase) {
	}

	/**
	 * Replaces the text between {@code <!-- name -->} and {@code <!-- end name -->}, or
	 * appends the section when it is not there yet.
	 */
	static void replaceSection(String name, String markdown) throws IOException {
		Path report = Path.of(System.getProperty("bench.report", "target/benchmarks.md"));
		String existing = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
		String marker = "<!-- " + name + " -->";
		String endMarker = "<!-- end " + name + " -->";
		String section = marker + "\n" + markdown + "\n" + endMarker + "\n";
		int at = existing.indexOf(marker);
		String updated = at < 0 ? existing + "\n" + section : existing.substring(0, at) + section
				+ existing.substring(existing.indexOf(endMarker, at) + endMarker.length() + 1);
		if (report.getParent() != null) {
			Files.createDirectories(report.getParent());
		}
		Files.writeString(report, updated, StandardCharsets.UTF_8);
	}

	/**
	 * Puts one row into the growth table (scenario 5), keyed by its open and completed
	 * case counts; rows from earlier runs at other scales stay.
	 */
	static void growthRow(int open, int completed, String cells) throws IOException {
		Path report = Path.of(System.getProperty("bench.report", "target/benchmarks.md"));
		String existing = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
		String marker = "<!-- growth -->";
		String endMarker = "<!-- end growth -->";
		TreeMap<Long, String> rows = new TreeMap<>();
		int at = existing.indexOf(marker);
		if (at >= 0) {
			String section = existing.substring(at, existing.indexOf(endMarker, at));
			for (String line : section.split("\n")) {
				String[] cell = line.split("\\|");
				if (line.startsWith("| ") && cell.length > 3 && cell[1].strip().matches("[0-9]+")) {
					rows.put(key(Integer.parseInt(cell[1].strip()), Integer.parseInt(cell[2].strip())), line);
				}
			}
		}
		rows.put(key(open, completed), "| " + open + " | " + completed + " | " + cells + " |");
		StringBuilder md = new StringBuilder();
		md.append("## Growth (scenario 5): inbox p95 as the database grows\n\n");
		md.append("One row per measured database (written by `InboxBenchmark`; p95 in ms over the same rounds as the "
				+ "per-scale sections; worst = the slowest of the five clerk filters).\n\n");
		md.append("| open work items | completed cases | ours p95 no filter | ours p95 name prefix 张 | ours p95 worst "
				+ "filter | plain Camunda p95 no filter | plain Camunda p95 worst filter |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
		rows.values().forEach(row -> md.append(row).append('\n'));
		replaceSection("growth", md.toString());
	}

	/** The order of the headline lines in the "headline" section. */
	static final java.util.List<String> HEADLINES = java.util.List.of("Disk per completed case",
			"Inbox p95 at 1,000,000 completed cases", "Throughput ours / plain", "Statements per case ours / plain");

	/**
	 * Puts one headline line ({@code "<name>: <value>"}, the form a script reads) with
	 * the command that reproduces it into the section {@code headline}; the other lines
	 * stay.
	 */
	static void headline(String name, String value, String detail, String command) throws IOException {
		Path report = Path.of(System.getProperty("bench.report", "target/benchmarks.md"));
		String existing = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
		String marker = "<!-- headline -->";
		String endMarker = "<!-- end headline -->";
		java.util.Map<String, String> entries = new java.util.HashMap<>();
		int at = existing.indexOf(marker);
		if (at >= 0) {
			String section = existing.substring(at + marker.length(), existing.indexOf(endMarker, at));
			for (String entry : section.split("\n\n")) {
				String text = entry.strip();
				int colon = text.indexOf(": ");
				if (colon > 0 && HEADLINES.contains(text.substring(0, colon))) {
					entries.put(text.substring(0, colon), text);
				}
			}
		}
		entries.put(name, name + ": " + value + "\n" + detail + " Reproduce: `" + command + "`");
		StringBuilder md = new StringBuilder();
		for (String key : HEADLINES) {
			if (entries.containsKey(key)) {
				md.append(entries.get(key)).append("\n\n");
			}
		}
		replaceSection("headline", md.toString().stripTrailing() + "\n");
	}

	private static long key(int open, int completed) {
		return (long) open * 100_000_000L + completed;
	}

}
