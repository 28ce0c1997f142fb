package org.minzheng.flow.aid;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The home-investigation record of a 低保/特困 case: written by the competent street's clerk
 * during 入户调查, read by everyone who may read the case (the reviewer and the approver see
 * it on their tasks); 204 while none is recorded.
 */
@RestController
class AidInvestigationController {

	private final AidInvestigations investigations;

	AidInvestigationController(AidInvestigations investigations) {
		this.investigations = investigations;
	}

	@Access(lines = BusinessLine.AID, roles = Role.CLERK, target = "aid-application:applicationNo")
	@PutMapping("/api/aid/applications/{applicationNo}/investigation")
	AidInvestigations.InvestigationView record(@PathVariable String applicationNo,
			@RequestBody AidInvestigations.RecordInvestigation request) {
		return investigations.record(applicationNo, request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "aid-application:applicationNo")
	@GetMapping("/api/aid/applications/{applicationNo}/investigation")
	ResponseEntity<AidInvestigations.InvestigationView> get(@PathVariable String applicationNo) {
		return investigations.of(applicationNo, CurrentUser.get())
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
