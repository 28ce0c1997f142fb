package org.minzheng.flow.charity;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.minzheng.flow.shared.Csv;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Charitable trusts and their filings: the trustee files, the bureau reads and exports.
 */
@RestController
class TrustController {

	private final TrustFilings trusts;

	private final CharityViews views;

	TrustController(TrustFilings trusts, CharityViews views) {
		this.trusts = trusts;
		this.views = views;
	}

	/** Who may be a trustee: the bureau's staff, and trustees choosing a successor. */
	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY })
	@GetMapping("/api/charity/trustees")
	List<TrustParts.Trustee> trustees() {
		return trusts.trustees();
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY })
	@GetMapping("/api/charity/trusts")
	List<CharityViews.TrustRow> list() {
		return views.trusts(CurrentUser.get());
	}

	/** The same list as CSV (UTF-8 with BOM, for spreadsheets), late filings flagged. */
	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/charity/trusts.csv")
	ResponseEntity<byte[]> csv() {
		StringBuilder out = new StringBuilder("\uFEFF信托编号,信托名称,受托人,信托文件签订日期,备案日期,状态,逾期备案,备案回执\r\n");
		for (Trust t : trusts.list(CurrentUser.get())) {
			TrustParts.Trustee trustee = trusts.trustee(t.trusteeUnitCode());
			out.append(String.join(",", Csv.cell(t.trustNo()), Csv.cell(t.name()), Csv.cell(trustee.name()),
					Csv.cell(t.signedOn().toString()), Csv.cell(t.filedOn() == null ? "" : t.filedOn().toString()),
					Csv.cell(t.status().name()), t.late() ? "是" : "否",
					Csv.cell(t.receiptNo() == null ? "" : t.receiptNo())))
				.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("charity-trusts.csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.PARTY)
	@PostMapping("/api/charity/trusts")
	@ResponseStatus(HttpStatus.CREATED)
	CharityViews.FilingPage file(@RequestBody @Valid TrustFilings.FileTrust request) {
		return views.filing(trusts.fileTrust(request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "charity-trust:trustNo")
	@GetMapping("/api/charity/trusts/{trustNo}")
	CharityViews.TrustPage trust(@PathVariable String trustNo) {
		return views.trust(trustNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.PARTY, target = "charity-trust:trustNo")
	@PostMapping("/api/charity/trusts/{trustNo}/changes")
	@ResponseStatus(HttpStatus.CREATED)
	CharityViews.FilingPage change(@PathVariable String trustNo, @RequestBody @Valid TrustFilings.FileChange request) {
		return views.filing(trusts.fileChange(trustNo, request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.PARTY, target = "charity-trust:trustNo")
	@PostMapping("/api/charity/trusts/{trustNo}/termination")
	@ResponseStatus(HttpStatus.CREATED)
	CharityViews.FilingPage terminate(@PathVariable String trustNo,
			@RequestBody @Valid TrustFilings.FileTermination request) {
		return views.filing(trusts.fileTermination(trustNo, request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.PARTY, target = "charity-trust:trustNo")
	@PostMapping("/api/charity/trusts/{trustNo}/annual-reports")
	@ResponseStatus(HttpStatus.CREATED)
	CharityViews.FilingPage annualReport(@PathVariable String trustNo,
			@RequestBody @Valid TrustFilings.FileAnnualReport request) {
		return views.filing(trusts.fileAnnualReport(trustNo, request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "charity-filing:filingNo")
	@GetMapping("/api/charity/filings/{filingNo}")
	CharityViews.FilingPage filing(@PathVariable String filingNo) {
		return views.filing(filingNo, CurrentUser.get());
	}

}
