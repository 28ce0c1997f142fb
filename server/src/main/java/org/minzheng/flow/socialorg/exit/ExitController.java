package org.minzheng.flow.socialorg.exit;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 变更登记, 注销登记 and the exit of zombie organisations (筛查 → 确认 → 听证告知 → 撤销). */
@RestController
class ExitController {

	private final AlterationService alterations;

	private final ZombieExitService exits;

	ExitController(AlterationService alterations, ZombieExitService exits) {
		this.alterations = alterations;
		this.exits = exits;
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = Role.CLERK, target = "socialorg-organisation-registrar:id")
	@PostMapping("/api/socialorg/organisations/{id}/changes")
	@ResponseStatus(HttpStatus.CREATED)
	AlterationService.AlterationView change(@PathVariable long id,
			@Valid @RequestBody AlterationService.ChangeRequest request) {
		return alterations.view(alterations.change(id, request, CurrentUser.get()), CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = Role.CLERK, target = "socialorg-organisation-registrar:id")
	@PostMapping("/api/socialorg/organisations/{id}/deregistrations")
	@ResponseStatus(HttpStatus.CREATED)
	AlterationService.AlterationView deregister(@PathVariable long id,
			@Valid @RequestBody AlterationService.DeregistrationRequest request) {
		return alterations.view(alterations.deregister(id, request, CurrentUser.get()), CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "socialorg-alteration:no")
	@GetMapping("/api/socialorg/alterations/{no}")
	AlterationService.AlterationView alteration(@PathVariable String no) {
		return alterations.view(no, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = Role.APPROVER)
	@PostMapping("/api/socialorg/exit-batches")
	@ResponseStatus(HttpStatus.CREATED)
	ZombieExitService.BatchView detect(@Valid @RequestBody Detect request) {
		return exits.detect(request.registrarCode(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "socialorg-exit-batch:batchNo")
	@GetMapping("/api/socialorg/exit-batches/{batchNo}")
	ZombieExitService.BatchView batch(@PathVariable String batchNo) {
		return exits.view(batchNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = Role.APPROVER, target = "socialorg-exit-batch-registrar:batchNo")
	@PostMapping("/api/socialorg/exit-batches/{batchNo}/confirmation")
	ZombieExitService.BatchView confirm(@PathVariable String batchNo) {
		return exits.confirm(batchNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER },
			target = "socialorg-exit-case-registrar:caseNo")
	@PostMapping("/api/socialorg/exit-cases/{caseNo}/hearing-request")
	void hearing(@PathVariable String caseNo, @Valid @RequestBody Note request) {
		exits.hearingRequested(caseNo, request.note(), CurrentUser.get());
	}

	/** Detection for a registrar. */
	record Detect(@NotBlank @Size(max = 20) String registrarCode) {
	}

	/** An optional note. */
	record Note(@Size(max = 500) String note) {
	}

}
