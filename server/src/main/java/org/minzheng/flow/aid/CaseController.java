package org.minzheng.flow.aid;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.minzheng.flow.shared.Paging;
import org.minzheng.flow.inbox.StartedCases;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases across the user's scope: search (auditors, supervisors), the diagram with the
 * path taken, and the exported history.
 */
@RestController
@Validated
class CaseController {

	private final AidCases cases;

	CaseController(AidCases cases) {
		this.cases = cases;
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/cases")
	StartedCases.CasePage search(@RequestParam(required = false) @Size(max = 50) String q,
			@RequestParam(required = false) @Size(max = 20) String street,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Size(max = 20) String outcome, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Paging paging = Paging.of(page, size, 200);
		return cases.search(q, street, from, to, outcome, CurrentUser.get(), paging.page(), paging.size());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "aid-application:applicationNo")
	@GetMapping("/api/cases/{applicationNo}/diagram")
	AidCases.Diagram diagram(@PathVariable String applicationNo) {
		return cases.diagram(applicationNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "aid-application:applicationNo")
	@GetMapping("/api/cases/{applicationNo}/history.csv")
	ResponseEntity<byte[]> history(@PathVariable String applicationNo) {
		byte[] csv = cases.historyCsv(applicationNo, CurrentUser.get()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(applicationNo + "-history.csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(csv);
	}

}
