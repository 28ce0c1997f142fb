package org.minzheng.flow.aid.spotcheck;

import java.util.List;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The district's spot checks of entrusted decisions: the checks, the monthly draws (with
 * what replays them) and the record of each entrustment. District staff only.
 */
@RestController
class AidSpotCheckController {

	private final AidSpotCheckService spotChecks;

	AidSpotCheckController(AidSpotCheckService spotChecks) {
		this.spotChecks = spotChecks;
	}

	@Access(lines = BusinessLine.AID, roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/aid/spot-checks")
	List<AidSpotCheck> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return spotChecks.visible(CurrentUser.get(), page, size);
	}

	@Access(lines = BusinessLine.AID, roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/aid/spot-checks/draws")
	List<AidSpotCheckService.DrawView> draws() {
		return spotChecks.draws(CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/aid/spot-checks/dashboard")
	List<AidSpotCheckService.EntrustmentRecord> dashboard() {
		return spotChecks.dashboard(CurrentUser.get());
	}

}
