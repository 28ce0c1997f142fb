package org.minzheng.flow.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.shared.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org units and staff in the user's scope, and user administration for a unit's
 * administrator.
 */
@RestController
@Validated
class DirectoryController {

	private final StaffDirectory directory;

	DirectoryController(StaffDirectory directory) {
		this.directory = directory;
	}

	@Access
	@GetMapping("/api/org/units")
	List<OrgUnit> units() {
		return directory.units(CurrentUser.get());
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.PROCESS_OWNER, Role.AUDITOR,
			Role.ADMIN })
	@GetMapping("/api/org/users")
	List<StaffDirectory.DirectoryUser> users(@RequestParam(required = false) @Size(max = 20) String orgUnit,
			@RequestParam(required = false) Role role, @RequestParam(required = false) @Size(max = 12) String line) {
		return directory.users(CurrentUser.get(), orgUnit, role, line == null || line.isBlank() ? null
				: BusinessLine.of(line).orElseThrow(() -> ApiException.badRequest("LINE_UNKNOWN", "line", "业务条线不存在")));
	}

	@Access(roles = Role.ADMIN)
	@GetMapping("/api/admin/users")
	List<StaffDirectory.DirectoryUser> managed() {
		return directory.managed(CurrentUser.get());
	}

	@Access(roles = Role.ADMIN)
	@PostMapping("/api/admin/users")
	@ResponseStatus(HttpStatus.CREATED)
	StaffDirectory.DirectoryUser create(@Valid @RequestBody NewUser request) {
		return directory.create(CurrentUser.get(), request.username(), request.displayName(), request.password(),
				request.roles().stream().map(RoleRequest::assignment).toList());
	}

	@Access(roles = Role.ADMIN)
	@PutMapping("/api/admin/users/{username}/roles")
	StaffDirectory.DirectoryUser roles(@PathVariable String username, @Valid @RequestBody Roles request) {
		return directory.replaceRoles(CurrentUser.get(), username,
				request.roles().stream().map(RoleRequest::assignment).toList(), request.reason());
	}

	@Access(roles = Role.ADMIN)
	@PostMapping("/api/admin/users/{username}/unlock")
	StaffDirectory.DirectoryUser unlock(@PathVariable String username, @Valid @RequestBody Reason request) {
		return directory.unlock(CurrentUser.get(), username, request.reason());
	}

	@Access(roles = Role.ADMIN)
	@PostMapping("/api/admin/users/{username}/enabled")
	StaffDirectory.DirectoryUser enabled(@PathVariable String username, @Valid @RequestBody Enabled request) {
		return directory.setEnabled(CurrentUser.get(), username, request.enabled(), request.reason());
	}

	/**
	 * A role for a business line at a unit; no line (or {@value BusinessLine#ALL_LINES})
	 * is a line-less role, for administrators and auditors only.
	 */
	record RoleRequest(@Size(max = 12) String line, @NotNull Role role, @NotBlank @Size(max = 20) String orgUnitCode) {

		RoleAssignment assignment() {
			if (line == null || line.isBlank() || BusinessLine.ALL_LINES.equals(line)) {
				return new RoleAssignment(null, role, orgUnitCode);
			}
			return new RoleAssignment(
					BusinessLine.of(line)
						.orElseThrow(() -> ApiException.badRequest("LINE_UNKNOWN", "roles", "业务条线不存在：{0}", line)),
					role, orgUnitCode);
		}

	}

	/** A new staff account. */
	record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String displayName,
			@NotBlank @Size(max = 100) String password, @NotEmpty @Size(max = 20) List<@Valid RoleRequest> roles) {
	}

	/** New roles of a user at the administrator's units, and why. */
	record Roles(@NotEmpty @Size(max = 20) List<@Valid RoleRequest> roles, @NotBlank @Size(max = 500) String reason) {
	}

	/** Why. */
	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	/** Enable or disable an account, and why. */
	record Enabled(boolean enabled, @NotBlank @Size(max = 500) String reason) {
	}

}
