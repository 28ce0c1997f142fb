package org.minzheng.flow.calendar;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.shared.ApiException;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The holiday calendar: read a year; the city administrator imports next year's. */
@RestController
@Validated
class HolidayController {

	private final HolidayImport holidays;

	private final WorkingDayCalendar calendar;

	HolidayController(HolidayImport holidays, WorkingDayCalendar calendar) {
		this.holidays = holidays;
		this.calendar = calendar;
	}

	@Access(roles = Role.ADMIN)
	@GetMapping("/api/admin/holidays")
	Year year(@RequestParam @Min(2000) @Max(2100) int year) {
		return new Year(year, calendar.hasDataFor(year), holidays.year(year));
	}

	@Access(roles = Role.ADMIN)
	@PostMapping(path = "/api/admin/holidays", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	HolidayImport.Imported importCsv(@RequestPart("file") MultipartFile file) throws IOException {
		if (file.getSize() > 256 * 1024) {
			throw ApiException.badRequest("HOLIDAY_FILE_TOO_LONG", "file", "文件过大，不是节假日安排文件");
		}
		String csv;
		try {
			csv = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(file.getBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw ApiException.badRequest("HOLIDAY_FILE_ENCODING", "file", "文件须为 UTF-8 编码的 CSV");
		}
		HolidayImport.Imported imported = holidays.importCsv(csv, CurrentUser.get());
		calendar.reload();
		return imported;
	}

	/** A year's listed days and whether the calendar has data for it. */
	record Year(int year, boolean hasData, List<HolidayImport.Day> days) {
	}

}
