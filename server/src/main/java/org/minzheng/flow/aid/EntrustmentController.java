package org.minzheng.flow.aid;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A district administrator's entrustments of approval to streets (委托). */
@RestController
@RequestMapping("/api/aid/entrustments")
class EntrustmentController {

	private final EntrustmentService entrustments;

	EntrustmentController(EntrustmentService entrustments) {
		this.entrustments = entrustments;
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN })
	@GetMapping
	List<Entrustment> list(@RequestParam String districtCode) {
		return entrustments.forDistrict(districtCode, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.ADMIN)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Entrustment create(@Valid @RequestBody CreateRequest request) {
		return entrustments.create(new EntrustmentService.NewEntrustment(request.districtCode(), request.benefitType(),
				request.allStreets(), request.streets() == null ? List.of() : request.streets(), request.documentNo(),
				request.effectiveFrom(), request.effectiveTo()), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.ADMIN)
	@PostMapping("/{id}/revoke")
	Entrustment revoke(@PathVariable long id, @Valid @RequestBody AidController.Reason request) {
		return entrustments.revoke(id, request.reason(), CurrentUser.get());
	}

	/** A new entrustment. */
	record CreateRequest(@NotBlank @Size(max = 20) String districtCode, @NotNull BenefitType benefitType,
			boolean allStreets, @Size(max = 20) List<@NotBlank @Size(max = 20) String> streets,
			@NotBlank @Size(max = 100) String documentNo, @NotNull LocalDate effectiveFrom, LocalDate effectiveTo) {
	}

}
