package org.minzheng.flow.shared;

/**
 * The one writer of CSV cells for every export: quoted when needed, and never read as a
 * formula by a spreadsheet (CSV injection: a cell starting with {@code = + - @}, a tab or
 * a carriage return is prefixed with an apostrophe).
 */
public final class Csv {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private Csv() {
	}

	/** One record: the cells, comma-separated, ended by CRLF. */
	public static String row(String... cells) {
		StringBuilder row = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				row.append(',');
			}
			row.append(cell(cells[i]));
		}
		return row.append("\r\n").toString();
	}

	/** One cell; {@code null} is empty. */
	public static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
