package org.minzheng.flow.cases;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.attachment.Attachment;
import org.minzheng.flow.audit.AuditVerification;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases of every chain: search, 我发起, the case page, timeline, diagram, CSV, print record,
 * verification and attachments. Staff roles of the case's line read a case where their
 * role covers its unit; anyone else gets 404.
 */
@RestController
@Validated
class CaseController {

	private static final int MAX_PAGE_SIZE = 200;

	private final Cases cases;

	CaseController(Cases cases) {
		this.cases = cases;
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/cases")
	Cases.CasePage search(@RequestParam(required = false) @Size(max = 60) String q,
			@RequestParam(required = false) @Size(max = 20) String line,
			@RequestParam(required = false) @Size(max = 20) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Size(max = 20) String outcome, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
		BusinessLine chain = null;
		if (line != null && !line.isBlank()) {
			chain = BusinessLine.of(line.strip())
				.orElseThrow(() -> ApiException.badRequest("LINE_INVALID", "line",
						"业务条线只能是 aid、socialorg、charity、lottery、cemetery 或 elderly"));
		}
		CaseOutcome result = null;
		if (outcome != null && !outcome.isBlank()) {
			try {
				result = CaseOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.badRequest("OUTCOME_INVALID", "outcome",
						"办理结果只能是 OPEN、APPROVED、REJECTED、NOT_ACCEPTED、WITHDRAWN 或 CLOSED");
			}
		}
		return cases.search(new Cases.Query(q, chain, unit, from, to, result), CurrentUser.get(), paging.page(),
				paging.size());
	}

	/** 我发起: cases the user filed or opened. */
	@Access
	@GetMapping("/api/cases/started")
	Cases.CasePage started(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
		return cases.startedBy(CurrentUser.get(), paging.page(), paging.size());
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR }, target = "case:caseNo")
	@GetMapping("/api/cases/{caseNo}")
	Cases.CaseDetail detail(@PathVariable @Size(max = 64) String caseNo) {
		return cases.detail(caseNo, CurrentUser.get());
	}

	/**
	 * 查看完整: the case's personal identifiers in full, audited. Staff handling the case
	 * only (see {@link Cases#reveal}); 404 for anyone else, except an auditor who may
	 * read the case, told that auditors only read (403 {@code READ_ONLY}, as for every
	 * write).
	 */
	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR }, target = "case:caseNo")
	@PostMapping("/api/cases/{caseNo}/personal-data/reveal")
	Cases.Revealed reveal(@PathVariable @Size(max = 64) String caseNo, @Valid @RequestBody RevealRequest request) {
		return cases.reveal(caseNo, blankToNull(request.field()), request.reason(), CurrentUser.get());
	}

	/**
	 * What to reveal: one field (a personal fact's label, or {@code partyId}), or all
	 * when blank; why, optionally (kept in the audit trail).
	 */
	record RevealRequest(@Size(max = 60) String field, @Size(max = 500) String reason) {
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR }, target = "case:caseNo")
	@GetMapping("/api/cases/{caseNo}/timeline")
	Cases.Timeline timeline(@PathVariable @Size(max = 64) String caseNo) {
		return cases.timeline(caseNo, CurrentUser.get());
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR }, target = "case:caseNo")
	@GetMapping("/api/cases/{caseNo}/diagram")
	Cases.Diagram diagram(@PathVariable @Size(max = 64) String caseNo) {
		return cases.diagram(caseNo, CurrentUser.get());
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR }, target = "case:caseNo")
	@GetMapping("/api/cases/{caseNo}/verification")
	AuditVerification verification(@PathVariable @Size(max = 64) String caseNo) {
		return cases.verify(caseNo, CurrentUser.get());
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR }, target = "case:caseNo")
	@GetMapping("/api/cases/{caseNo}/print")
	Cases.PrintRecord print(@PathVariable @Size(max = 64) String caseNo) {
		return cases.print(caseNo, CurrentUser.get());
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR }, target = "case:caseNo")
	@GetMapping("/api/cases/{caseNo}/record.csv")
	ResponseEntity<byte[]> csv(@PathVariable @Size(max = 64) String caseNo) {
		byte[] csv = cases.csv(caseNo, CurrentUser.get()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(caseNo + "-record.csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(csv);
	}

	@Access(roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR }, target = "case:caseNo")
	@GetMapping("/api/cases/{caseNo}/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable @Size(max = 64) String caseNo, @PathVariable long id) {
		Attachment a = cases.attachment(caseNo, id)
			.orElseThrow(() -> ApiException.notFound("ATTACHMENT_NOT_FOUND", "附件不存在"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(cases.content(id));
	}

}
