package org.minzheng.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ApplicationTest
class CalendarOnMariaDbTest {

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readsTheSeededArrangementsFromTheDatabase() {
		assertThat(calendar.hasDataFor(2025)).isTrue();
		assertThat(calendar.hasDataFor(2026)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void reloadPicksUpAnImportedYear() {
		try {
			jdbc.update("INSERT INTO calendar_day (cal_date, kind, name) VALUES ('2099-01-01', 'HOLIDAY', '元旦')");
			calendar.reload();

			assertThat(calendar.hasDataFor(2099)).isTrue();
			assertThat(calendar.isWorkingDay(LocalDate.of(2099, 1, 1))).isFalse();
		}
		finally {
			jdbc.update("DELETE FROM calendar_day WHERE cal_date = '2099-01-01'");
			calendar.reload();
		}
	}

}
