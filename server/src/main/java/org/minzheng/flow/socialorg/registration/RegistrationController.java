package org.minzheng.flow.socialorg.registration;

import jakarta.validation.Valid;
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
 * 社会组织成立登记: record an application, read it, deliver the supplement, record an
 * association's establishment application.
 */
@RestController
@RequestMapping("/api/socialorg/registrations")
class RegistrationController {

	private final RegistrationService registrations;

	private final RegistrationViews views;

	RegistrationController(RegistrationService registrations, RegistrationViews views) {
		this.registrations = registrations;
		this.views = views;
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = Role.CLERK)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RegistrationViews.RegistrationView submit(@Valid @RequestBody SubmitRegistration request) {
		String no = registrations.submit(request, CurrentUser.get());
		return views.of(no, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "socialorg-registration:registrationNo")
	@GetMapping("/{registrationNo}")
	RegistrationViews.RegistrationView get(@PathVariable String registrationNo) {
		return views.of(registrationNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = Role.CLERK,
			target = "socialorg-registration-registrar:registrationNo")
	@PostMapping("/{registrationNo}/supplement")
	RegistrationViews.RegistrationView supplement(@PathVariable String registrationNo,
			@Valid @RequestBody Note request) {
		registrations.supplementReceived(registrationNo, request.note(), CurrentUser.get());
		return views.of(registrationNo, CurrentUser.get());
	}

	/** 成立登记申请 of an association in its preparation period. */
	@Access(lines = BusinessLine.SOCIALORG, roles = Role.CLERK,
			target = "socialorg-registration-registrar:registrationNo")
	@PostMapping("/{registrationNo}/establishment")
	RegistrationViews.RegistrationView establishment(@PathVariable String registrationNo,
			@Valid @RequestBody ApplyEstablishment request) {
		registrations.applyEstablishment(registrationNo, request, CurrentUser.get());
		return views.of(registrationNo, CurrentUser.get());
	}

	/** An optional note. */
	record Note(@Size(max = 500) String note) {
	}

}
