package org.minzheng.flow.calendar;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.minzheng.flow.shared.ReferenceCsv;
import org.springframework.stereotype.Component;

/**
 * Seeds {@code calendar_day} from {@code reference/cn-public-holidays.csv} (2025 and 2026
 * arrangements).
 */
@Component
class V11_1__shared_seed_calendar extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (PreparedStatement insert = context.getConnection()
			.prepareStatement("INSERT INTO calendar_day (cal_date, kind, name) VALUES (?, ?, ?)")) {
			for (String[] row : ReferenceCsv.rows("cn-public-holidays.csv")) {
				insert.setDate(1, Date.valueOf(LocalDate.parse(row[0])));
				insert.setString(2, row[1]);
				insert.setString(3, row[2]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
