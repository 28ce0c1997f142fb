package org.minzheng.flow.cemetery;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.minzheng.flow.attachment.Attachment;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * One cemetery's inspection: its record, the checklist of the open round, its evidence.
 * Read by its district's (and the city's) staff of the cemetery line, its operator, and
 * the joint-enforcement unit once it is referred; the checklist is filled in by the
 * district's inspector; evidence is added by those handling it (inspector, approver,
 * operator, enforcement unit once referred).
 */
@RestController
class InspectionController {

	private final Inspections inspections;

	private final org.minzheng.flow.attachment.Attachments attachments;

	private final CemeteryViews views;

	InspectionController(Inspections inspections, org.minzheng.flow.attachment.Attachments attachments,
			CemeteryViews views) {
		this.inspections = inspections;
		this.attachments = attachments;
		this.views = views;
	}

	@Access(lines = BusinessLine.CEMETERY,
			roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR, Role.PARTY })
	@GetMapping("/api/cemetery/inspections")
	List<InspectionRow> list() {
		StaffUser user = CurrentUser.get();
		return inspections.list(user).stream().map(i -> {
			Cemetery cemetery = inspections.cemeteryOf(i);
			return new InspectionRow(i.inspectionNo(), cemetery.code(), cemetery.name(), i.result(),
					i.closedAt() != null);
		}).toList();
	}

	@Access(lines = BusinessLine.CEMETERY,
			roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR, Role.PARTY },
			target = "cemetery-inspection:inspectionNo")
	@GetMapping("/api/cemetery/inspections/{inspectionNo}")
	CemeteryViews.InspectionPage view(@PathVariable String inspectionNo) {
		return views.inspection(inspectionNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CEMETERY, roles = Role.REVIEWER, target = "cemetery-inspection:inspectionNo")
	@PutMapping("/api/cemetery/inspections/{inspectionNo}/checklist")
	List<CheckResultView> checklist(@PathVariable String inspectionNo,
			@RequestBody @Valid Inspections.SaveChecklist request) {
		return views.results(inspections.saveChecklist(inspectionNo, request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CEMETERY, roles = { Role.REVIEWER, Role.APPROVER, Role.PARTY },
			target = "cemetery-inspection:inspectionNo")
	@PostMapping(path = "/api/cemetery/inspections/{inspectionNo}/attachments",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Attachment upload(@PathVariable String inspectionNo, @RequestPart("file") MultipartFile file) throws IOException {
		return inspections.attach(inspectionNo, file.getOriginalFilename(), file.getBytes(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.CEMETERY,
			roles = { Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR, Role.PARTY },
			target = "cemetery-attachment:id")
	@GetMapping("/api/cemetery/inspections/{inspectionNo}/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable String inspectionNo, @PathVariable long id) {
		Inspection inspection = inspections.visible(inspectionNo, CurrentUser.get());
		Attachment attachment = attachments.find(id)
			.filter(a -> a.caseRef().equals(inspection.inspectionNo()))
			.orElseThrow(() -> ApiException.notFound("ATTACHMENT_NOT_FOUND", "附件不存在或无权查看"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(attachment.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachments.content(id));
	}

	/** An inspection in a list. */
	record InspectionRow(String inspectionNo, String cemeteryCode, String cemeteryName, String result, boolean closed) {
	}

}
