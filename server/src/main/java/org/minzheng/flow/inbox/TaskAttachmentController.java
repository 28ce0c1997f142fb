package org.minzheng.flow.inbox;

import java.io.IOException;
import java.util.List;

import org.minzheng.flow.attachment.Attachment;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The task page's attachments (see {@link TaskAttachments}); a file is downloaded through
 * the case module ({@code /api/cases/{caseNo}/attachments/{id}}).
 */
@RestController
class TaskAttachmentController {

	private final TaskAttachments attachments;

	TaskAttachmentController(TaskAttachments attachments) {
		this.attachments = attachments;
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "task:taskId")
	@GetMapping("/api/tasks/{taskId}/attachments")
	List<Attachment> list(@PathVariable String taskId) {
		return attachments.list(taskId, CurrentUser.get());
	}

	@Access(target = "task-actor:taskId")
	@PostMapping(path = "/api/tasks/{taskId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Attachment add(@PathVariable String taskId, @RequestPart("file") MultipartFile file) throws IOException {
		return attachments.add(taskId, file.getOriginalFilename(), file.getBytes(), CurrentUser.get());
	}

}
