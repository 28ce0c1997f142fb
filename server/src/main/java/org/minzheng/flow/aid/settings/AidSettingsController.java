package org.minzheng.flow.aid.settings;

import java.util.List;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A district's 救助参数: read by its 社会救助 staff (its streets' too), administrators and
 * auditors; proposed, approved and rejected by administrators at the district or above
 * (four eyes). Another district's administrator gets 404, as for a district that is not.
 */
@RestController
@RequestMapping("/api/aid/settings")
class AidSettingsController {

	private final AidSettings settings;

	AidSettingsController(AidSettings settings) {
		this.settings = settings;
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN })
	@GetMapping
	List<AidSettings.District> districts() {
		return settings.districts(CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = "aid-settings:districtCode")
	@GetMapping("/{districtCode}")
	AidSettings.DistrictSettings view(@PathVariable String districtCode) {
		return settings.view(districtCode, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.ADMIN, target = "aid-settings-admin:districtCode")
	@PostMapping("/{districtCode}/proposals")
	@ResponseStatus(HttpStatus.CREATED)
	SettingsChange propose(@PathVariable String districtCode,
			@RequestBody(required = false) AidSettings.Proposal request) {
		return settings.propose(districtCode, request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.ADMIN, target = "aid-settings-admin:districtCode")
	@PostMapping("/{districtCode}/proposals/{id}/approve")
	SettingsChange approve(@PathVariable String districtCode, @PathVariable long id,
			@RequestBody(required = false) Decision request) {
		return settings.approve(districtCode, id, request == null ? null : request.reason(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID, roles = Role.ADMIN, target = "aid-settings-admin:districtCode")
	@PostMapping("/{districtCode}/proposals/{id}/reject")
	SettingsChange reject(@PathVariable String districtCode, @PathVariable long id,
			@RequestBody(required = false) Decision request) {
		return settings.reject(districtCode, id, request == null ? null : request.reason(), CurrentUser.get());
	}

	/** The second administrator's reason (required to reject). */
	record Decision(@Size(max = 500) String reason) {
	}

}
