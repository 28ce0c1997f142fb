package org.minzheng.flow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly import of the State Council's holiday arrangements (国务院办公厅关于…部分节假日安排的通知), in
 * the CSV format of {@code reference/cn-public-holidays.csv}: {@code date,kind,name},
 * {@code #} comments. Each year present in the file is replaced as a whole; nothing
 * changes when any line is wrong. Only an administrator of the city bureau imports it.
 */
@Service
public class HolidayImport {

	/** Largest file read: a year has a few dozen lines. */
	static final int MAX_LINES = 2000;

	private final HolidayDayMapper days;

	private final AuditTrail audit;

	private final org.minzheng.flow.org.OrgDirectory orgs;

	HolidayImport(HolidayDayMapper days, AuditTrail audit, org.minzheng.flow.org.OrgDirectory orgs) {
		this.days = days;
		this.orgs = orgs;
		this.audit = audit;
	}

	/** The listed days of a year. */
	@Transactional(readOnly = true)
	public List<Day> year(int year) {
		return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(d -> new Day(d.calDate(), d.kind(), d.name()))
			.toList();
	}

	/**
	 * Checks every line, then replaces the years the file covers. The caller reloads the
	 * {@link WorkingDayCalendar} after the transaction commits.
	 */
	@Transactional
	public Imported importCsv(String csv, StaffUser admin) {
		String adminUnit = admin.assignments()
			.stream()
			.filter(a -> a.role() == Role.ADMIN && orgs.find(a.orgUnitCode())
				.map(u -> u.level() == org.minzheng.flow.org.OrgLevel.CITY)
				.orElse(false))
			.map(a -> a.orgUnitCode())
			.findFirst()
			.orElseThrow(() -> ApiException.forbidden("ACCESS_DENIED", "只有市民政局管理员可以导入节假日安排"));
		Map<LocalDate, CalendarDay> parsed = parse(csv);
		Set<Integer> years = new TreeSet<>();
		parsed.keySet().forEach(d -> years.add(d.getYear()));
		for (int year : years) {
			days.deleteBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		for (CalendarDay day : parsed.values()) {
			days.insert(day.calDate(), day.kind().name(), day.name());
		}
		audit.record(admin, Role.ADMIN, adminUnit, null, "HOLIDAYS_IMPORTED",
				"导入节假日安排：" + years + " 年，共 " + parsed.size() + " 天", null);
		return new Imported(List.copyOf(years), parsed.size());
	}

	static Map<LocalDate, CalendarDay> parse(String csv) {
		if (csv == null || csv.isBlank()) {
			throw ApiException.badRequest("HOLIDAY_FILE_EMPTY", "file", "文件是空的");
		}
		String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
		if (lines.length > MAX_LINES) {
			throw ApiException.badRequest("HOLIDAY_FILE_TOO_LONG", "file", "文件行数过多，不是节假日安排文件");
		}
		Map<LocalDate, CalendarDay> result = new TreeMap<>();
		List<String> errors = new ArrayList<>();
		boolean header = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (!header) {
				if (!line.replace(" ", "").equalsIgnoreCase("date,kind,name")) {
					throw ApiException.badRequest("HOLIDAY_FILE_HEADER", "file", "第 {0} 行应为表头 date,kind,name", (i + 1));
				}
				header = true;
				continue;
			}
			String[] cells = line.split(",", -1);
			if (cells.length != 3 || cells[2].isBlank() || cells[2].strip().length() > 50) {
				errors.add("第 " + (i + 1) + " 行应为 日期,HOLIDAY 或 WORKDAY,名称");
				continue;
			}
			LocalDate date;
			DayKind kind;
			try {
				date = LocalDate.parse(cells[0].strip());
				kind = DayKind.valueOf(cells[1].strip());
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				errors.add("第 " + (i + 1) + " 行的日期或类型无法识别");
				continue;
			}
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (kind == DayKind.WORKDAY && !weekend) {
				errors.add("第 " + (i + 1) + " 行：调休上班日 " + date + " 不是周末");
				continue;
			}
			if (result.put(date, new CalendarDay(date, kind, cells[2].strip())) != null) {
				errors.add("第 " + (i + 1) + " 行：日期 " + date + " 重复");
			}
		}
		if (!header) {
			throw ApiException.badRequest("HOLIDAY_FILE_HEADER", "file", "缺少表头 date,kind,name");
		}
		if (!errors.isEmpty()) {
			throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "HOLIDAY_FILE_INVALID",
					"{0} 行有错误，未导入任何数据：{1}", Map.of("field", "file", "errors", errors), errors.size(),
					String.join("；", errors.subList(0, Math.min(5, errors.size()))));
		}
		if (result.isEmpty()) {
			throw ApiException.badRequest("HOLIDAY_FILE_EMPTY", "file", "文件中没有任何日期");
		}
		return result;
	}

	/** A listed day. */
	public record Day(LocalDate date, DayKind kind, String name) {
	}

	/** What an import replaced. */
	public record Imported(List<Integer> years, int days) {
	}

}
