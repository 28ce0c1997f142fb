package org.minzheng.flow.aid;

import java.time.YearMonth;

import jakarta.validation.Valid;
import org.minzheng.flow.aid.amount.BenefitCalculator.Breakdown;
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
 * 试算: the amount a household would get, per member, before an application is submitted (a
 * street's clerk; nothing stored), and a case's amount with the breakdown stored at its
 * approval (whoever may read the case).
 */
@RestController
class AidAmountController {

	private final AidAmounts amounts;

	private final AidApplicationService applications;

	AidAmountController(AidAmounts amounts, AidApplicationService applications) {
		this.amounts = amounts;
		this.applications = applications;
	}

	@Access(lines = BusinessLine.AID, roles = Role.CLERK)
	@PostMapping("/api/aid/amount-trials")
	Breakdown trial(@Valid @RequestBody AidAmounts.Trial request) {
		return amounts.trial(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "aid-application:applicationNo")
	@GetMapping("/api/aid/applications/{applicationNo}/amount")
	AidAmounts.CaseAmount amount(@PathVariable String applicationNo, @RequestParam(required = false) String month) {
		AidApplication application = applications.visible(applicationNo, CurrentUser.get());
		return amounts.forCase(application, month(month));
	}

	private static YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			return null;
		}
		try {
			YearMonth parsed = YearMonth.parse(month);
			if (!org.minzheng.flow.aid.amount.BenefitCalculator.supported(parsed)) {
				throw ApiException.badRequest("MONTH_INVALID", "month", "月份须在 2000-01 至 2099-12 之间");
			}
			return parsed;
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw ApiException.badRequest("MONTH_INVALID", "month", "月份格式须为 yyyy-MM");
		}
	}

}
