package org.minzheng.flow.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators' four-eyes reset of a user's second factor ({@link SecondFactorResets}).
 */
@RestController
class SecondFactorResetController {

	private final SecondFactorResets resets;

	SecondFactorResetController(SecondFactorResets resets) {
		this.resets = resets;
	}

	@Access(roles = Role.ADMIN)
	@GetMapping("/api/admin/second-factor/resets")
	List<SecondFactorResets.ResetView> open() {
		return resets.open(CurrentUser.get());
	}

	@Access(roles = Role.ADMIN)
	@PostMapping("/api/admin/users/{username}/second-factor/reset")
	@ResponseStatus(HttpStatus.CREATED)
	SecondFactorResets.ResetView request(@PathVariable String username, @Valid @RequestBody Reason request) {
		return resets.request(CurrentUser.get(), username, request.reason());
	}

	@Access(roles = Role.ADMIN)
	@PostMapping("/api/admin/second-factor/resets/{id}/approve")
	SecondFactorResets.ResetView approve(@PathVariable long id) {
		return resets.approve(CurrentUser.get(), id);
	}

	@Access(roles = Role.ADMIN)
	@PostMapping("/api/admin/second-factor/resets/{id}/reject")
	SecondFactorResets.ResetView reject(@PathVariable long id, @Valid @RequestBody Reason request) {
		return resets.reject(CurrentUser.get(), id, request.reason());
	}

	/** Why. */
	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

}
