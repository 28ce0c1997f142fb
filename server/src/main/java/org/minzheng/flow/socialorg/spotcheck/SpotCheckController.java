package org.minzheng.flow.socialorg.spotcheck;

import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 双随机一公开: plan and draw, re-run a stored draw, rectification reports, published results.
 */
@RestController
class SpotCheckController {

	private final SpotCheckService spotChecks;

	private final SpotCheckResults results;

	SpotCheckController(SpotCheckService spotChecks, SpotCheckResults results) {
		this.spotChecks = spotChecks;
		this.results = results;
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = { Role.SUPERVISOR, Role.APPROVER })
	@PostMapping("/api/socialorg/spot-checks")
	@ResponseStatus(HttpStatus.CREATED)
	SpotCheckResults.SpotCheckView plan(@Valid @RequestBody SpotCheckService.PlanSpotCheck request) {
		SpotCheck check = spotChecks.plan(request, CurrentUser.get());
		return results.view(check.checkNo(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "socialorg-spot-check:checkNo")
	@GetMapping("/api/socialorg/spot-checks/{checkNo}")
	SpotCheckResults.SpotCheckView get(@PathVariable String checkNo) {
		return results.view(checkNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "socialorg-spot-check:checkNo")
	@GetMapping("/api/socialorg/spot-checks/{checkNo}/redraw")
	SpotCheckService.Redraw redraw(@PathVariable String checkNo) {
		return spotChecks.redraw(checkNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER },
			target = "socialorg-spot-check-item-registrar:itemNo")
	@PostMapping("/api/socialorg/spot-check-items/{itemNo}/rectification")
	void rectification(@PathVariable String itemNo, @Valid @RequestBody Note request) {
		spotChecks.rectificationReported(itemNo, request.note(), CurrentUser.get());
	}

	/** Published results are public (双随机一公开): every signed-in user may read them. */
	@Access
	@GetMapping("/api/socialorg/spot-check-results")
	List<SpotCheckMapper.PublishedResult> published(@RequestParam(required = false) @Size(max = 20) String registrar) {
		return results.published(registrar);
	}

	/** An optional note. */
	record Note(@Size(max = 500) String note) {
	}

}
