package org.minzheng.flow.aid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 低保/特困 applications: register, read with full history, supplement, objection, extension.
 */
@RestController
@RequestMapping("/api/aid/applications")
class AidController {

	private final AidApplicationService applications;

	private final AidCaseView views;

	private final AidNameChecks nameChecks;

	AidController(AidApplicationService applications, AidCaseView views, AidNameChecks nameChecks) {
		this.applications = applications;
		this.views = views;
		this.nameChecks = nameChecks;
	}

	@Access(lines = BusinessLine.AID, roles = Role.CLERK)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AidCaseView.CaseView submit(@Valid @RequestBody SubmitApplication request) {
		// the population registry is asked before the transaction opens (AidNameChecks)
		AidApplication application = applications.submit(request, CurrentUser.get(),
				nameChecks.beforeIntake(request.members()));
		return views.of(application.applicationNo(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "aid-application:applicationNo")
	@GetMapping("/{applicationNo}")
	AidCaseView.CaseView get(@PathVariable String applicationNo) {
		return views.of(applicationNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.CLERK, target = "aid-application:applicationNo")
	@PostMapping("/{applicationNo}/supplement")
	void supplement(@PathVariable String applicationNo, @Valid @RequestBody Note request) {
		applications.supplementReceived(applicationNo, request.reason(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = { Role.CLERK, Role.REVIEWER }, target = "aid-application:applicationNo")
	@PostMapping("/{applicationNo}/objections")
	void objection(@PathVariable String applicationNo, @Valid @RequestBody Reason request) {
		applications.objectionRaised(applicationNo, request.reason(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.SUPERVISOR, target = "aid-application:applicationNo")
	@PostMapping("/{applicationNo}/extension")
	AidCaseView.CaseView extend(@PathVariable String applicationNo, @Valid @RequestBody Reason request) {
		applications.extendDeadline(applicationNo, request.reason(), CurrentUser.get());
		return views.of(applicationNo, CurrentUser.get());
	}

	/** A reason staff must give. */
	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	/** An optional note. */
	record Note(@Size(max = 500) String reason) {
	}

}
