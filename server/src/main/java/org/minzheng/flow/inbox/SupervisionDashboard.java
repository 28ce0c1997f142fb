package org.minzheng.flow.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.org.OrgDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's dashboard over the units they supervise: open, overdue and near-due work
 * by unit and by task, and how long open work has been waiting, in working days.
 */
@Service
public class SupervisionDashboard {

	/** Age buckets in working days since the task opened, in display order. */
	static final List<String> BUCKETS = List.of("D0_2", "D3_5", "D6_10", "D11_PLUS");

	private final WorkItemService workItems;

	private final DashboardMapper dashboard;

	private final WorkingDayCalendar calendar;

	private final OrgDirectory orgs;

	private final Clock clock;

	SupervisionDashboard(WorkItemService workItems, DashboardMapper dashboard, WorkingDayCalendar calendar,
			OrgDirectory orgs, Clock clock) {
		this.workItems = workItems;
		this.dashboard = dashboard;
		this.calendar = calendar;
		this.orgs = orgs;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Dashboard of(List<LineScope> scope) {
		if (scope.isEmpty()) {
			return new Dashboard(List.of(), List.of(), BUCKETS.stream().map(b -> new Bucket(b, 0)).toList());
		}
		Instant now = clock.instant();
		Map<String, Row> byUnit = new LinkedHashMap<>();
		for (SlaCount count : workItems.slaCounts(scope)) {
			byUnit.computeIfAbsent(count.orgUnitCode(), code -> new Row(code, orgs.nameOf(code)))
				.add(count.state(), count.count());
		}
		Map<String, Row> byTask = new LinkedHashMap<>();
		for (DashboardMapper.TaskCount count : dashboard.byTask(scope, now, now.plus(WorkItemService.DUE_SOON))) {
			byTask.computeIfAbsent(count.taskKey(), key -> new Row(key, count.taskName()))
				.add(count.state(), count.count());
		}
		Map<String, Long> ages = new LinkedHashMap<>();
		BUCKETS.forEach(b -> ages.put(b, 0L));
		for (DashboardMapper.AgeCount count : dashboard.ageing(scope, startOfWorkingDaysAgo(2),
				startOfWorkingDaysAgo(5), startOfWorkingDaysAgo(10))) {
			ages.put(count.bucket(), count.count());
		}
		return new Dashboard(byUnit.values().stream().map(Row::view).toList(),
				byTask.values().stream().map(Row::view).toList(),
				ages.entrySet().stream().map(e -> new Bucket(e.getKey(), e.getValue())).toList());
	}

	/**
	 * The start of the day {@code n} working days before today: work created since then
	 * has waited at most {@code n} working days.
	 */
	Instant startOfWorkingDaysAgo(int n) {
		LocalDate day = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE);
		int counted = 0;
		while (counted < n) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return day.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
	}

	/** The dashboard. */
	public record Dashboard(List<Line> byStreet, List<Line> byTask, List<Bucket> ageing) {
	}

	/** Open work of a unit or a task. */
	public record Line(String code, String name, long open, long overdue, long dueSoon) {
	}

	/** Open work in an age bucket. */
	public record Bucket(String bucket, long count) {
	}

	private static final class Row {

		private final String code;

		private final String name;

		private long open;

		private long overdue;

		private long dueSoon;

		Row(String code, String name) {
			this.code = code;
			this.name = name;
		}

		void add(SlaState state, long count) {
			open += count;
			if (state == SlaState.OVERDUE) {
				overdue += count;
			}
			else if (state == SlaState.DUE_SOON) {
				dueSoon += count;
			}
		}

		Line view() {
			return new Line(code, name, open, overdue, dueSoon);
		}

	}

}
