package org.minzheng.flow.processadmin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.ProcessRepository.MigrationPreview;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The process owners' console, proposals (a change, a new process, a retirement; four
 * eyes) and migrations.
 */
@RestController
@RequestMapping("/api/process-admin")
class ProcessAdminController {

	/**
	 * A proposal's JSON around the model: the model's limit, room for the forms and
	 * decision files edited with it, and the note.
	 */
	private static final int MAX_BODY = ProcessChanges.MAX_MODEL_BYTES + 4 * 1024 * 1024 + 64 * 1024;

	/** How much of an oversized body is read and dropped before answering. */
	private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

	private final ProcessConsole console;

	private final ProcessChanges changes;

	private final ProcessMigrations migrations;

	private final ObjectMapper json;

	ProcessAdminController(ProcessConsole console, ProcessChanges changes, ProcessMigrations migrations,
			ObjectMapper json) {
		this.console = console;
		this.changes = changes;
		this.migrations = migrations;
		// the application's mapper (its input rules) with room for a model: a proposal
		// carries the BPMN and its forms and decisions as strings, bounded by MAX_BODY
		// here
		this.json = json.copy();
		this.json.getFactory()
			.setStreamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
				.maxDocumentLength(MAX_BODY + 1L)
				.maxStringLength(MAX_BODY)
				.maxNestingDepth(org.minzheng.flow.shared.InputRules.MAX_DEPTH)
				.maxNumberLength(100)
				.build());
	}

	@Access(roles = Role.PROCESS_OWNER)
	@GetMapping("/processes")
	List<ProcessConsole.ProcessEntry> processes() {
		return console.processes(CurrentUser.get());
	}

	/**
	 * What a model may hold and what its expressions may call (the allow-list the server
	 * checks uploads against and the engine enforces at run time), for the modeler's
	 * lint.
	 */
	@Access(roles = Role.PROCESS_OWNER)
	@GetMapping("/model-rules")
	java.util.Map<String, Object> modelRules() {
		return org.minzheng.flow.processes.model.ExpressionAllowList.shipped().asData();
	}

	/** The model of a version, for the modeler to open. */
	@Access(roles = Role.PROCESS_OWNER)
	@GetMapping("/versions/{definitionId}/model")
	Model versionModel(@PathVariable String definitionId) {
		return new Model(definitionId, console.xml(CurrentUser.get(), definitionId));
	}

	record Model(String definitionId, String xml) {
	}

	/**
	 * A form of a version, for the form editor to open: the one deployed with it, else
	 * the shipped one.
	 */
	@Access(roles = Role.PROCESS_OWNER)
	@GetMapping("/versions/{definitionId}/forms/{formId}")
	ProcessConsole.VersionForm versionForm(@PathVariable String definitionId, @PathVariable String formId) {
		return console.form(CurrentUser.get(), definitionId, formId);
	}

	/** The decision file that holds a decision a version uses, for the DMN editor. */
	@Access(roles = Role.PROCESS_OWNER)
	@GetMapping("/versions/{definitionId}/decisions/{decisionKey}")
	ProcessConsole.VersionDecision versionDecision(@PathVariable String definitionId,
			@PathVariable String decisionKey) {
		return console.decision(CurrentUser.get(), definitionId, decisionKey);
	}

	/**
	 * Proposes a revised model: {@code {"variant": null|"440308", "changeNote": "…",
	 * "xml": "<definitions …>"}}; read with a size limit before it is parsed.
	 */
	@Access(roles = Role.PROCESS_OWNER)
	@PostMapping("/processes/{key}/changes")
	@ResponseStatus(HttpStatus.CREATED)
	ProcessChanges.Proposal propose(@PathVariable String key, HttpServletRequest request) throws IOException {
		ProposeRequest proposal = readLimited(request, ProposeRequest.class);
		String variant = proposal.variant() == null || proposal.variant().isBlank() ? null : proposal.variant();
		return changes.propose(CurrentUser.get(), key, variant, proposal.changeNote(), bytes(proposal.xml()),
				proposal.forms(), proposal.decisions());
	}

	/**
	 * Proposes a process not deployed yet: {@code {"changeNote": "…", "xml": "…",
	 * "forms": {…}, "decisions": {…}}}, its key read from the model; only a city process
	 * owner, asked before the body is read.
	 */
	@Access(roles = Role.PROCESS_OWNER)
	@PostMapping("/processes")
	@ResponseStatus(HttpStatus.CREATED)
	ProcessChanges.Proposal proposeNew(HttpServletRequest request) throws IOException {
		StaffUser user = CurrentUser.get();
		changes.requireCityOwner(user);
		NewProcessRequest proposal = readLimited(request, NewProcessRequest.class);
		return changes.proposeNew(user, proposal.changeNote(), bytes(proposal.xml()), proposal.forms(),
				proposal.decisions());
	}

	/**
	 * Proposes to retire a process (every version and district variant):
	 * {@code {"changeNote": "why"}}.
	 */
	@Access(roles = Role.PROCESS_OWNER)
	@PostMapping("/processes/{key}/retire")
	@ResponseStatus(HttpStatus.CREATED)
	ProcessChange retire(@PathVariable String key, @RequestBody(required = false) @Valid RetireRequest request) {
		return changes.proposeRetirement(CurrentUser.get(), key, request == null ? null : request.changeNote());
	}

	/**
	 * A proposal's JSON, read with a size limit before it is parsed (an oversized body is
	 * answered, not reset).
	 */
	private <T> T readLimited(HttpServletRequest request, Class<T> type) throws IOException {
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BODY + 1);
			if (body.length > MAX_BODY) {
				// read what the client still sends (within reason), so it gets the answer
				// instead of a reset connection
				in.skipNBytes(Math.min(Math.max(0, request.getContentLengthLong() - body.length), DRAIN_LIMIT));
				throw tooLarge();
			}
		}
		T value;
		try {
			value = json.readValue(body, type);
		}
		catch (IOException ex) {
			org.minzheng.flow.shared.InputRules.violation(ex).ifPresent(violation -> {
				throw violation;
			});
			throw ApiException.badRequest("REQUEST_MALFORMED", "body", "请求格式不正确");
		}
		if (value == null) {
			// the JSON literal null (found by the OpenAPI fuzzing test: it was a 500)
			throw ApiException.badRequest("REQUEST_MALFORMED", "body", "请求格式不正确");
		}
		return value;
	}

	private static byte[] bytes(String xml) {
		return xml == null ? null : xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Access(roles = Role.PROCESS_OWNER)
	@GetMapping("/changes")
	List<ProcessChange> recent() {
		return changes.recent(CurrentUser.get());
	}

	@Access(roles = Role.PROCESS_OWNER)
	@GetMapping("/changes/{id}")
	ProcessChanges.ChangeView change(@PathVariable long id) {
		return changes.change(CurrentUser.get(), id);
	}

	@Access(roles = Role.PROCESS_OWNER)
	@PostMapping("/changes/{id}/approve")
	ProcessChange approve(@PathVariable long id, @RequestBody(required = false) @Valid Decision decision) {
		return changes.approve(CurrentUser.get(), id, decision == null ? null : decision.reason());
	}

	@Access(roles = Role.PROCESS_OWNER)
	@PostMapping("/changes/{id}/reject")
	ProcessChange reject(@PathVariable long id, @RequestBody(required = false) @Valid Decision decision) {
		return changes.reject(CurrentUser.get(), id, decision == null ? null : decision.reason());
	}

	@Access(roles = Role.PROCESS_OWNER)
	@GetMapping("/migrations/preview")
	MigrationPreview preview(@RequestParam String from, @RequestParam String to) {
		return migrations.preview(CurrentUser.get(), from, to);
	}

	@Access(roles = Role.PROCESS_OWNER)
	@PostMapping("/migrations")
	ProcessMigrations.MigrationReport migrate(@RequestBody @Valid MigrateRequest request) {
		return migrations.migrate(CurrentUser.get(), request.from(), request.to(), request.reason());
	}

	/**
	 * {@code forms}: form-js JSON by form id (edited or new forms the model uses);
	 * {@code decisions}: DMN XML by file name.
	 */
	record ProposeRequest(String variant, String changeNote, String xml, java.util.Map<String, String> forms,
			java.util.Map<String, String> decisions) {
	}

	/** A new process: as a change, without a variant (a new process starts city-wide). */
	record NewProcessRequest(String changeNote, String xml, java.util.Map<String, String> forms,
			java.util.Map<String, String> decisions) {
	}

	record RetireRequest(@Size(max = 1000) String changeNote) {
	}

	record Decision(@Size(max = 1000) String reason) {
	}

	record MigrateRequest(@Size(max = 255) String from, @Size(max = 255) String to, @Size(max = 1000) String reason) {
	}

	private static ApiException tooLarge() {
		return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "MODEL_TOO_LARGE", "流程模型不能超过 2 MB，表单与决策合计不能超过 4 MB");
	}

}
