package org.minzheng.flow.carehome;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.shared.queue.ChainVerification;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff API of the care-home waitlist (line elderly): homes and their queues in full,
 * applications, assessment, bed releases, answers to offers. Every call is scoped to the
 * user's units in {@link CareHomeApplications}.
 */
@RestController
class CareHomeController {

	private static final Role[] READERS = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR,
			Role.ADMIN };

	private final CareHomeApplications applications;

	private final CareQueueViews views;

	private final CareQueueVerifier verifier;

	CareHomeController(CareHomeApplications applications, CareQueueViews views, CareQueueVerifier verifier) {
		this.applications = applications;
		this.views = views;
		this.verifier = verifier;
	}

	record BedRelease(@NotBlank @Size(max = 40) String bedLabel) {
	}

	record OfferAnswer(@NotNull CareHomeApplications.OfferAction action) {
	}

	@Access(lines = BusinessLine.ELDERLY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN })
	@GetMapping("/api/carehome/homes")
	List<CareHome> homes() {
		return applications.visibleHomes(CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN })
	@GetMapping("/api/carehome/tiers")
	List<PriorityTier> tiers() {
		return applications.tiers();
	}

	@Access(lines = BusinessLine.ELDERLY, roles = Role.ADMIN)
	@PostMapping("/api/carehome/homes")
	@ResponseStatus(HttpStatus.CREATED)
	CareHome createHome(@Valid @RequestBody CareHomeApplications.NewHome request) {
		return applications.createHome(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = "carehome-home:homeCode")
	@GetMapping("/api/carehome/homes/{homeCode}/queue")
	CareQueueViews.QueueView queue(@PathVariable String homeCode) {
		applications.visibleHome(homeCode, CurrentUser.get());
		return views.of(homeCode, false);
	}

	@Access(lines = BusinessLine.ELDERLY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = "carehome-home:homeCode")
	@GetMapping("/api/carehome/homes/{homeCode}/verification")
	ChainVerification verify(@PathVariable String homeCode) {
		applications.visibleHome(homeCode, CurrentUser.get());
		return verifier.verify(homeCode);
	}

	@Access(lines = BusinessLine.ELDERLY, roles = { Role.APPROVER, Role.SUPERVISOR }, target = "carehome-home:homeCode")
	@PostMapping("/api/carehome/homes/{homeCode}/bed-releases")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> releaseBed(@PathVariable String homeCode, @Valid @RequestBody BedRelease request) {
		return Map.of("releaseNo", applications.releaseBed(homeCode, request.bedLabel(), CurrentUser.get()));
	}

	@Access(lines = BusinessLine.ELDERLY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN })
	@GetMapping("/api/carehome/applications")
	List<CareHomeApplication> applications() {
		return applications.visible(CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY, roles = Role.CLERK)
	@PostMapping("/api/carehome/applications")
	@ResponseStatus(HttpStatus.CREATED)
	CareHomeApplication submit(@Valid @RequestBody CareHomeApplications.NewApplication request) {
		return applications.submit(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = "carehome-application:applicationNo")
	@GetMapping("/api/carehome/applications/{applicationNo}")
	CareHomeApplication application(@PathVariable String applicationNo) {
		return applications.visible(applicationNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY, roles = Role.REVIEWER, target = "carehome-application:applicationNo")
	@PostMapping("/api/carehome/applications/{applicationNo}/assessment")
	CareHomeApplication assess(@PathVariable String applicationNo,
			@Valid @RequestBody CareHomeApplications.Assessment assessment) {
		return applications.assess(applicationNo, assessment, CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY, roles = Role.CLERK, target = "carehome-application:applicationNo")
	@PostMapping("/api/carehome/applications/{applicationNo}/withdrawal")
	CareHomeApplication withdraw(@PathVariable String applicationNo) {
		return applications.withdraw(applicationNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.ELDERLY, roles = { Role.CLERK, Role.REVIEWER },
			target = CareHomeAccessTargets.OFFER + ":offerNo")
	@PostMapping("/api/carehome/offers/{offerNo}/answer")
	void answer(@PathVariable String offerNo, @Valid @RequestBody OfferAnswer answer) {
		applications.answer(offerNo, answer.action(), CurrentUser.get());
	}

}
