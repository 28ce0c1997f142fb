package org.minzheng.flow.aid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.minzheng.flow.attachment.Attachment;
import org.minzheng.flow.attachment.Attachments;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Scans attached to a 低保/特困 case: staff handling the case add them while it is open;
 * everyone who may read the case may read them.
 */
@RestController
class AidAttachmentController {

	private final AidApplicationService applications;

	private final Attachments attachments;

	AidAttachmentController(AidApplicationService applications, Attachments attachments) {
		this.applications = applications;
		this.attachments = attachments;
	}

	@Access(lines = BusinessLine.AID, roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER },
			target = "aid-application:applicationNo")
	@PostMapping(path = "/api/aid/applications/{applicationNo}/attachments",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Attachment upload(@PathVariable String applicationNo, @RequestPart("file") MultipartFile file) throws IOException {
		StaffUser user = CurrentUser.get();
		AidApplication application = applications.visible(applicationNo, user);
		RoleAssignment acting = handlingRole(application, user);
		if (application.closedAt() != null) {
			throw ApiException.conflict("CASE_CLOSED", "案件已办结，不能再上传附件");
		}
		return attachments.add(application.applicationNo(), file.getOriginalFilename(), file.getBytes(), user,
				acting.role(), acting.orgUnitCode());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "aid-application:applicationNo")
	@GetMapping("/api/aid/applications/{applicationNo}/attachments")
	List<Attachment> list(@PathVariable String applicationNo) {
		AidApplication application = applications.visible(applicationNo, CurrentUser.get());
		return attachments.forCase(application.applicationNo());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "aid-attachment:id")
	@GetMapping({ "/api/attachments/{id}", "/api/aid/applications/{applicationNo}/attachments/{id}" })
	ResponseEntity<byte[]> download(@PathVariable long id) {
		StaffUser user = CurrentUser.get();
		Attachment attachment = attachments.find(id)
			.orElseThrow(() -> ApiException.notFound("ATTACHMENT_NOT_FOUND", "附件不存在或无权查看"));
		try {
			applications.visible(attachment.caseRef(), user);
		}
		catch (ApiException ex) {
			throw ApiException.notFound("ATTACHMENT_NOT_FOUND", "附件不存在或无权查看");
		}
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

	/**
	 * The role in which the user adds material: a handling role at the case's streets.
	 */
	private static RoleAssignment handlingRole(AidApplication application, StaffUser user) {
		for (Role role : AidCaseView.HANDLING_ROLES) {
			for (String street : List.of(application.intakeStreetCode(), application.competentStreetCode())) {
				if (user.covers(BusinessLine.AID, role, street)) {
					return user.assignments()
						.stream()
						.filter(a -> a.role() == role && a.appliesTo(BusinessLine.AID))
						.findFirst()
						.orElse(new RoleAssignment(BusinessLine.AID, role, street));
				}
			}
		}
		throw ApiException.forbidden("ACCESS_DENIED", "只有办理本案件的工作人员可以上传附件");
	}

}
