package org.minzheng.flow.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reference data shipped under {@code classpath:reference/} (copies of the
 * project's shared reference files, so the application runs on its own). Skips '#'
 * comments and the header line.
 */
public final class ReferenceCsv {

	private ReferenceCsv() {
	}

	/**
	 * The data rows of a simple comma-separated file (no quoted commas in our reference
	 * data).
	 */
	public static List<String[]> rows(String resource) {
		try (InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream("reference/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing reference data: reference/" + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			boolean header = true;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				rows.add(line.split(",", -1));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
