package org.minzheng.flow.aid.roster;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.shared.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly payment roster (发放名册): on screen, and as CSV and XLSX for finance (exports
 * audited). The unit is checked in {@link PaymentRosters}.
 */
@RestController
@RequestMapping("/api/aid/rosters")
class RosterController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PaymentRosters rosters;

	RosterController(PaymentRosters rosters) {
		this.rosters = rosters;
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping
	PaymentRosters.Roster roster(@RequestParam String unit, @RequestParam String month) {
		return rosters.roster(unit, month(month), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam String unit, @RequestParam String month) {
		PaymentRosters.Roster roster = rosters.export(unit, month(month), "CSV", CurrentUser.get());
		return file(RosterFiles.csv(roster), roster, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam String unit, @RequestParam String month) {
		PaymentRosters.Roster roster = rosters.export(unit, month(month), "XLSX", CurrentUser.get());
		return file(RosterFiles.xlsx(roster), roster, "xlsx", XLSX);
	}

	private static ResponseEntity<byte[]> file(byte[] content, PaymentRosters.Roster roster, String extension,
			MediaType type) {
		String name = "发放名册-" + roster.unitCode() + "-" + roster.month() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private static YearMonth month(String month) {
		try {
			YearMonth parsed = YearMonth.parse(month);
			if (!org.minzheng.flow.aid.amount.BenefitCalculator.supported(parsed)) {
				throw ApiException.badRequest("MONTH_INVALID", "month", "月份须在 2000-01 至 2099-12 之间");
			}
			return parsed;
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest("MONTH_INVALID", "month", "月份格式须为 yyyy-MM");
		}
	}

}
