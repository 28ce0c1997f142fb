package org.minzheng.flow.socialorg.annual;

import jakarta.validation.Valid;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 年度报告: open a campaign, file reports and corrections, read a report. */
@RestController
class AnnualReportController {

	private final AnnualReportService reports;

	AnnualReportController(AnnualReportService reports) {
		this.reports = reports;
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = { Role.ADMIN, Role.SUPERVISOR })
	@PostMapping("/api/socialorg/annual-campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	AnnualCampaign open(@Valid @RequestBody AnnualReportService.OpenCampaign request) {
		return reports.open(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "socialorg-annual-report:reportNo")
	@GetMapping("/api/socialorg/annual-reports/{reportNo}")
	AnnualReportService.ReportView get(@PathVariable String reportNo) {
		return reports.view(reportNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = Role.CLERK, target = "socialorg-annual-report-registrar:reportNo")
	@PostMapping("/api/socialorg/annual-reports/{reportNo}/submission")
	AnnualReportService.ReportView submit(@PathVariable String reportNo,
			@Valid @RequestBody AnnualReportService.SubmitReport request) {
		reports.submit(reportNo, request, CurrentUser.get());
		return reports.view(reportNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = Role.CLERK, target = "socialorg-annual-report-registrar:reportNo")
	@PostMapping("/api/socialorg/annual-reports/{reportNo}/correction")
	AnnualReportService.ReportView correct(@PathVariable String reportNo,
			@Valid @RequestBody AnnualReportService.SubmitReport request) {
		reports.correct(reportNo, request, CurrentUser.get());
		return reports.view(reportNo, CurrentUser.get());
	}

}
