package org.minzheng.flow.cemetery;

import jakarta.validation.Valid;
import java.util.List;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cemetery master data and the checklist versions. A cemetery is read by its district's
 * (and the city's) staff and by its own operator, changed by the district administrator;
 * the checklist is read by anyone holding a role in the cemetery line (operators prepare
 * for it) and published by the city's process owner.
 */
@RestController
class CemeteryController {

	private final CemeteryDirectory directory;

	private final Checklists checklists;

	private final CemeteryViews views;

	CemeteryController(CemeteryDirectory directory, Checklists checklists, CemeteryViews views) {
		this.directory = directory;
		this.checklists = checklists;
		this.views = views;
	}

	@Access(lines = BusinessLine.CEMETERY,
			roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR, Role.PARTY })
	@GetMapping("/api/cemetery/cemeteries")
	List<CemeteryView> cemeteries() {
		return views.cemeteries(CurrentUser.get());
	}

	@Access(lines = BusinessLine.CEMETERY,
			roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR, Role.PARTY },
			target = "cemetery:code")
	@GetMapping("/api/cemetery/cemeteries/{code}")
	CemeteryViews.CemeteryPage cemetery(@PathVariable String code) {
		return views.cemetery(code, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CEMETERY, roles = Role.ADMIN, target = "cemetery:code")
	@PutMapping("/api/cemetery/cemeteries/{code}")
	CemeteryViews.CemeteryPage update(@PathVariable String code,
			@RequestBody @Valid CemeteryDirectory.UpdateCemetery request) {
		return views.cemetery(directory.update(code, request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CEMETERY)
	@GetMapping("/api/cemetery/checklists")
	List<ChecklistVersionView> checklists() {
		CurrentUser.get();
		return views.checklists();
	}

	@Access(lines = BusinessLine.CEMETERY)
	@GetMapping("/api/cemetery/checklists/current")
	ChecklistVersionView current() {
		CurrentUser.get();
		return views.currentChecklist();
	}

	@Access(lines = BusinessLine.CEMETERY, roles = Role.PROCESS_OWNER)
	@PostMapping("/api/cemetery/checklists")
	@ResponseStatus(HttpStatus.CREATED)
	ChecklistVersionView publish(@RequestBody @Valid Checklists.PublishChecklist request) {
		return views.checklist(checklists.publish(request, CurrentUser.get()));
	}

}
