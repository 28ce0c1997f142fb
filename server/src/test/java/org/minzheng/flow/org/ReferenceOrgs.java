package org.minzheng.flow.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixture: a small org tree (city, 盐田区, 梅沙街道, 福田区) and the divisions the shipped
 * migration seeds (read from {@value #SEED}), without Spring or a database.
 */
public final class ReferenceOrgs {

	static final String SEED = "db/migration/common/V32__shared_org_divisions.sql";

	private static final Pattern ROW = Pattern.compile("\\('(\\w+)',\\s*'(\\w+)',\\s*'([^']+)',\\s*'([^']+)'\\)");

	private ReferenceOrgs() {
	}

	public static OrgDirectory directory() {
		return new OrgDirectory(() -> List.of(new OrgUnit("440300", "深圳市民政局", OrgLevel.CITY, null),
				new OrgUnit("440308", "盐田区民政局", OrgLevel.DISTRICT, "440300"),
				new OrgUnit("440304", "福田区民政局", OrgLevel.DISTRICT, "440300"),
				new OrgUnit("440308001", "梅沙街道", OrgLevel.STREET, "440308")));
	}

	public static OrgDivisions divisions() {
		return new OrgDivisions(seededRows(), directory());
	}

	/** The rows the migration inserts. */
	static List<OrgDivisionMapper.Row> seededRows() {
		try (InputStream in = ReferenceOrgs.class.getClassLoader().getResourceAsStream(SEED)) {
			Matcher row = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			List<OrgDivisionMapper.Row> rows = new ArrayList<>();
			while (row.find()) {
				rows.add(new OrgDivisionMapper.Row(row.group(1), row.group(2), row.group(3), row.group(4)));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
