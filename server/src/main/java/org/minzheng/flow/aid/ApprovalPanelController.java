package org.minzheng.flow.aid;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.processes.aid.AidApplicationProcess.ApprovalMode;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An approving unit's panel (会签/或签) for a benefit type. */
@RestController
@RequestMapping("/api/aid/approval-panels")
class ApprovalPanelController {

	private final ApprovalPanels panels;

	ApprovalPanelController(ApprovalPanels panels) {
		this.panels = panels;
	}

	@Access(lines = BusinessLine.AID, roles = { Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN })
	@GetMapping
	ApprovalPanels.Panel get(@RequestParam String orgUnitCode, @RequestParam BenefitType benefitType) {
		StaffUser user = CurrentUser.get();
		if (!user.canSee(BusinessLine.AID, orgUnitCode)) {
			throw ApiException.notFound("PANEL_NOT_FOUND", "审批小组不存在或无权查看");
		}
		return panels.active(orgUnitCode, benefitType.name())
			.orElseThrow(() -> ApiException.notFound("PANEL_NOT_FOUND", "该单位没有设置审批小组（由一名审批人审批）"));
	}

	@Access(lines = BusinessLine.AID, roles = Role.ADMIN)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ApprovalPanels.Panel create(@Valid @RequestBody CreatePanel request) {
		return panels.create(request.orgUnitCode(), request.benefitType(), request.mode(), request.members(),
				CurrentUser.get());
	}

	/** A new panel. */
	record CreatePanel(@NotBlank @Size(max = 20) String orgUnitCode, @NotNull BenefitType benefitType,
			@NotNull ApprovalMode mode,
			@NotNull @Size(min = 2, max = 15) List<@NotBlank @Size(max = 64) String> members) {
	}

}
