package org.minzheng.flow.aid;

import java.util.List;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The population registry's name check of a case's members: read by everyone who may read
 * the case; flags resolved by the competent street's clerk before acceptance.
 */
@RestController
class AidNameCheckController {

	private static final String BASE = "/api/aid/applications/{applicationNo}/name-checks";

	private final AidNameChecks nameChecks;

	AidNameCheckController(AidNameChecks nameChecks) {
		this.nameChecks = nameChecks;
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "aid-application:applicationNo")
	@GetMapping(BASE)
	List<AidNameChecks.NameCheckView> list(@PathVariable String applicationNo) {
		return nameChecks.view(applicationNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.CLERK, target = "aid-application:applicationNo")
	@PostMapping(BASE + "/{memberId}/recheck")
	List<AidNameChecks.NameCheckView> recheck(@PathVariable String applicationNo, @PathVariable long memberId) {
		return nameChecks.recheck(applicationNo, memberId, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.CLERK, target = "aid-application:applicationNo")
	@PostMapping(BASE + "/{memberId}/correction")
	List<AidNameChecks.NameCheckView> correct(@PathVariable String applicationNo, @PathVariable long memberId,
			@RequestBody AidNameChecks.Correction request) {
		return nameChecks.correct(applicationNo, memberId, request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.CLERK, target = "aid-application:applicationNo")
	@PostMapping(BASE + "/{memberId}/confirmation")
	List<AidNameChecks.NameCheckView> confirm(@PathVariable String applicationNo, @PathVariable long memberId,
			@RequestBody AidNameChecks.Confirmation request) {
		return nameChecks.confirm(applicationNo, memberId, request, CurrentUser.get());
	}

}
