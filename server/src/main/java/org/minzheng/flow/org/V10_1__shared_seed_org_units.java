package org.minzheng.flow.org;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.minzheng.flow.shared.ReferenceCsv;
import org.springframework.stereotype.Component;

/**
 * Loads Shenzhen's org units from {@code reference/shenzhen-divisions.csv}: the city
 * bureau, 10 district-level units and 74 streets. Street codes are the district code plus
 * a three-digit sequence in file order (e.g. 440308001 梅沙街道): the file has no official
 * township codes, and ours must stay stable, so new streets are appended, never inserted.
 */
@Component
class V10_1__shared_seed_org_units extends BaseJavaMigration {

	static final String CITY_CODE = "440300";

	@Override
	public void migrate(Context context) throws Exception {
		List<String[]> rows = ReferenceCsv.rows("shenzhen-divisions.csv");
		Map<String, String> districts = new LinkedHashMap<>();
		rows.forEach(row -> districts.putIfAbsent(row[0], row[1]));
		try (PreparedStatement insert = context.getConnection()
			.prepareStatement(
					"INSERT INTO org_unit (code, name, level, parent_code, sort_order) VALUES (?, ?, ?, ?, ?)")) {
			add(insert, CITY_CODE, "深圳市民政局", OrgLevel.CITY, null, 0);
			int order = 0;
			for (Map.Entry<String, String> district : districts.entrySet()) {
				add(insert, district.getKey(), district.getValue(), OrgLevel.DISTRICT, CITY_CODE, ++order);
			}
			Map<String, Integer> sequence = new LinkedHashMap<>();
			for (String[] row : rows) {
				int seq = sequence.merge(row[0], 1, Integer::sum);
				add(insert, row[0] + String.format("%03d", seq), row[2], OrgLevel.STREET, row[0], seq);
			}
			insert.executeBatch();
		}
	}

	private static void add(PreparedStatement insert, String code, String name, OrgLevel level, String parent,
			int order) throws Exception {
		insert.setString(1, code);
		insert.setString(2, name);
		insert.setString(3, level.name());
		insert.setString(4, parent);
		insert.setInt(5, order);
		insert.addBatch();
	}

}
