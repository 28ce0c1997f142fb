package org.minzheng.flow.aid.temporary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 临时救助: register, list a street's cases, read one, objection, refund. */
@RestController
@RequestMapping("/api/aid/temporary")
class TemporaryController {

	private final TemporaryAssistanceService service;

	private final TemporaryViews views;

	TemporaryController(TemporaryAssistanceService service, TemporaryViews views) {
		this.service = service;
		this.views = views;
	}

	@Access(lines = BusinessLine.AID, roles = Role.CLERK)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TemporaryViews.CaseView register(@Valid @RequestBody RegisterTemporaryCase request) {
		return views.of(service.register(request, CurrentUser.get()), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping
	List<TemporaryViews.CaseView> list(@RequestParam(required = false) @Size(max = 20) String streetCode) {
		return service.list(streetCode, CurrentUser.get()).stream().map(c -> views.of(c, CurrentUser.get())).toList();
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "aid-temporary:caseNo")
	@GetMapping("/{caseNo}")
	TemporaryViews.CaseView get(@PathVariable String caseNo) {
		return views.of(service.visible(caseNo, CurrentUser.get()), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = { Role.CLERK, Role.REVIEWER }, target = "aid-temporary:caseNo")
	@PostMapping("/{caseNo}/objections")
	void objection(@PathVariable String caseNo, @Valid @RequestBody Reason request) {
		service.objectionRaised(caseNo, request.reason(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = { Role.CLERK, Role.SUPERVISOR }, target = "aid-temporary:caseNo")
	@PostMapping("/{caseNo}/refunds")
	TemporaryViews.CaseView refund(@PathVariable String caseNo, @Valid @RequestBody Refund request) {
		return views.of(service.refund(caseNo, request.amountFen(), request.reason(), CurrentUser.get()),
				CurrentUser.get());
	}

	/** A reason staff must give. */
	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	/** Money recovered, in fen, and how. */
	record Refund(@Positive long amountFen, @NotBlank @Size(max = 500) String reason) {
	}

}
