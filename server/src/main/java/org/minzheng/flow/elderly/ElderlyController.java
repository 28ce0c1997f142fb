package org.minzheng.flow.elderly;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.shared.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 高龄津贴: the unit's cases, one case, what the street's clerk records for the resident (a
 * bank account, a refusal), the monthly roster and the supervisor's figures. Cases are
 * read by the line's staff of the street, its district and the city; the clerk of the
 * street acts.
 */
@RestController
class ElderlyController {

	private final AllowanceViews views;

	private final Allowances allowances;

	private final AllowanceRoster roster;

	ElderlyController(AllowanceViews views, Allowances allowances, AllowanceRoster roster) {
		this.views = views;
		this.allowances = allowances;
		this.roster = roster;
	}

	/** The resident's bank account, as the clerk records it. */
	record BankAccount(@jakarta.validation.constraints.Size(max = 40) String bankAccount) {
	}

	/** Why the resident refuses. */
	record Refusal(@jakarta.validation.constraints.Size(max = 500) String reason) {
	}

	@Access(lines = BusinessLine.ELDERLY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN })
	@GetMapping("/api/elderly/allowances")
	AllowanceViews.AllowancePage list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return views.list(unit, status(status), page, size, CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = ElderlyAccessTargets.ALLOWANCE + ":caseNo")
	@GetMapping("/api/elderly/allowances/{caseNo}")
	AllowanceViews.AllowanceView allowance(@PathVariable String caseNo) {
		return views.view(caseNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY, roles = Role.CLERK, target = ElderlyAccessTargets.ALLOWANCE + ":caseNo")
	@PostMapping("/api/elderly/allowances/{caseNo}/bank-account")
	AllowanceViews.AllowanceView bankAccount(@PathVariable String caseNo,
			@jakarta.validation.Valid @RequestBody BankAccount request) {
		var user = CurrentUser.get();
		return views.view(allowances.recordBankAccount(caseNo, request == null ? null : request.bankAccount(), user),
				user);
	}

	@Access(lines = BusinessLine.ELDERLY, roles = Role.CLERK, target = ElderlyAccessTargets.ALLOWANCE + ":caseNo")
	@PostMapping("/api/elderly/allowances/{caseNo}/refusal")
	AllowanceViews.AllowanceView refuse(@PathVariable String caseNo,
			@jakarta.validation.Valid @RequestBody(required = false) Refusal request) {
		var user = CurrentUser.get();
		String reason = request == null ? null : request.reason();
		if (reason != null && reason.length() > 500) {
			throw ApiException.badRequest("FIELD_TOO_LONG", "reason", "{0}：不能超过 {1} 字", "放弃原因", 500);
		}
		return views.view(allowances.refuse(caseNo, reason, user), user);
	}

	@Access(lines = BusinessLine.ELDERLY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/elderly/roster")
	AllowanceRoster.Roster roster(@RequestParam(required = false) String unit, @RequestParam String month) {
		return roster.read(unit, month(month), CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY, roles = { Role.SUPERVISOR, Role.APPROVER, Role.AUDITOR, Role.ADMIN })
	@GetMapping("/api/elderly/figures")
	AllowanceViews.Figures figures(@RequestParam(required = false) String unit) {
		return views.figures(unit, CurrentUser.get());
	}

	private static AllowanceStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return AllowanceStatus.valueOf(status.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest("STATUS_INVALID", "status", "状态不正确");
		}
	}

	private static YearMonth month(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw ApiException.badRequest("MONTH_INVALID", "month", "月份格式应为 2026-01");
		}
	}

}
