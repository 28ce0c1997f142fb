package org.minzheng.flow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Loading, reloading and the missing-year warning of the calendar snapshot, without
 * Spring.
 */
class CalendarSnapshotTest {

	private final Logger logger = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	@AfterEach
	void detachAppender() {
		logger.detachAppender(logged);
	}

	@Test
	void reportsEveryDayOfAYearWithoutDataToTheTable() {
		List<Integer> reported = new ArrayList<>();
		HolidayTable table = HolidayTable.of(ReferenceCalendar.days(), reported::add);

		table.isWorkingDay(LocalDate.of(2026, 5, 6));
		table.addWorkingDays(LocalDate.of(2026, 12, 30), 3);

		assertThat(reported).isNotEmpty().containsOnly(2027);
	}

	@Test
	void warnsOncePerYearWithoutData() {
		logged.start();
		logger.addAppender(logged);
		WorkingDayCalendar calendar = ReferenceCalendar.workingDayCalendar();

		calendar.addWorkingDays(LocalDate.of(2027, 3, 1), 30);
		calendar.isWorkingDay(LocalDate.of(2027, 10, 1));
		calendar.isWorkingDay(LocalDate.of(2028, 1, 3));
		calendar.isWorkingDay(LocalDate.of(2026, 10, 1));

		assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN)
			.extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("no holiday data for 2027, weekends only", "no holiday data for 2028, weekends only");
	}

	@Test
	void reloadSwapsInTheNewArrangements() {
		List<CalendarDay> rows = new CopyOnWriteArrayList<>(ReferenceCalendar.days());
		WorkingDayCalendar calendar = new WorkingDayCalendar(() -> List.copyOf(rows));
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();

		rows.add(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"));
		assertThat(calendar.hasDataFor(2027)).isFalse();
		calendar.reload();

		assertThat(calendar.hasDataFor(2027)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
	}

	@Test
	void refusesADayListedTwice() {
		CalendarDay day = new CalendarDay(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "元旦");

		assertThatIllegalArgumentException().isThrownBy(() -> HolidayTable.of(List.of(day, day), year -> {
		}));
	}

	@Test
	void refusesAReversedYearRange() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReferenceCalendar.workingDayCalendar().yearsWithoutData(2027, 2026));
	}

}
