package org.minzheng.flow.lottery;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/**
 * The district lottery office's API: areas, openings, outlets, applications, the queue in
 * full and its verification. Every call is scoped to the user's units.
 *
 * <p>
 * Who (lottery line): the office's staff (clerk, reviewer, approver, supervisor) and
 * auditors read areas, queues and applications; administrators define areas and register
 * outlets, and so read areas and queues, but not applications (an applicant's personal
 * data is for those handling them); process owners read nothing here; applicants use
 * {@link ApplicantController}.
 */
@RestController
class LotteryController {

	private final LotteryAreas areas;

	private final LotteryApplications applications;

	private final LotteryOutlets outlets;

	private final QueueViews views;

	private final QueueVerifier verifier;

	LotteryController(LotteryAreas areas, LotteryApplications applications, LotteryOutlets outlets, QueueViews views,
			QueueVerifier verifier) {
		this.areas = areas;
		this.applications = applications;
		this.outlets = outlets;
		this.views = views;
		this.verifier = verifier;
	}

	@Access(lines = BusinessLine.LOTTERY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN })
	@GetMapping("/api/lottery/areas")
	List<LotteryArea> areas() {
		return areas.visible(CurrentUser.get());
	}

	@Access(lines = BusinessLine.LOTTERY, roles = Role.ADMIN)
	@PostMapping("/api/lottery/areas")
	@ResponseStatus(HttpStatus.CREATED)
	LotteryArea createArea(@Valid @RequestBody LotteryAreas.NewArea request) {
		return areas.create(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.LOTTERY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = "lottery-area:areaCode")
	@GetMapping("/api/lottery/areas/{areaCode}/queue")
	QueueViews.QueueView queue(@PathVariable String areaCode) {
		areas.visible(areaCode, CurrentUser.get());
		return views.of(areaCode, false);
	}

	@Access(lines = BusinessLine.LOTTERY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = "lottery-area:areaCode")
	@GetMapping("/api/lottery/areas/{areaCode}/verification")
	QueueVerification verify(@PathVariable String areaCode) {
		areas.visible(areaCode, CurrentUser.get());
		return verifier.verify(areaCode);
	}

	@Access(lines = BusinessLine.LOTTERY, roles = Role.SUPERVISOR, target = "lottery-area:areaCode")
	@PostMapping("/api/lottery/areas/{areaCode}/openings")
	@ResponseStatus(HttpStatus.CREATED)
	Released release(@PathVariable String areaCode) {
		return new Released(areas.releasePlannedSlot(areaCode, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.LOTTERY, roles = Role.ADMIN, target = "lottery-area:areaCode")
	@PostMapping("/api/lottery/areas/{areaCode}/outlets")
	@ResponseStatus(HttpStatus.CREATED)
	LotteryOutletView registerOutlet(@PathVariable String areaCode, @Valid @RequestBody NewOutlet request) {
		return outlets.register(areaCode, request.name().strip(), request.address().strip(), request.latitude(),
				request.longitude(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.LOTTERY, roles = Role.REVIEWER, target = "lottery-outlet:outletNo")
	@PostMapping("/api/lottery/outlets/{outletNo}/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	StartedReview startReview(@PathVariable String outletNo, @Valid @RequestBody NewReview request) {
		return new StartedReview(outlets.startReview(outletNo, request.year(), CurrentUser.get()));
	}

	@Access(lines = BusinessLine.LOTTERY, roles = Role.CLERK)
	@PostMapping("/api/lottery/applications")
	@ResponseStatus(HttpStatus.CREATED)
	LotteryApplications.Registered submit(@Valid @RequestBody SubmitLotteryApplication request) {
		return applications.submit(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.LOTTERY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "lottery-application:applicationNo")
	@GetMapping("/api/lottery/applications/{applicationNo}")
	LotteryApplicationView application(@PathVariable String applicationNo) {
		return applications.view(applicationNo, CurrentUser.get());
	}

	record Released(String openingNo) {
	}

	record StartedReview(String reviewNo) {
	}

	record NewOutlet(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String address,
			@NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) BigDecimal latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal longitude) {
	}

	record NewReview(@Min(2000) @Max(2100) int year) {
	}

}
