package org.minzheng.flow.charity;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.minzheng.flow.shared.Csv;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.workflow.Workflow;
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

	private final PublicRecords records;

	private final Workflow workflow;

	TrustController(TrustFilings trusts, PublicRecords records, Workflow workflow) {
		this.trusts = trusts;
		this.records = records;
		this.workflow = workflow;
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
	List<TrustRow> list() {
		return trusts.list(CurrentUser.get()).stream().map(this::row).toList();
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
	FilingView file(@RequestBody @Valid TrustFilings.FileTrust request) {
		return filingView(trusts.fileTrust(request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "charity-trust:trustNo")
	@GetMapping("/api/charity/trusts/{trustNo}")
	TrustView trust(@PathVariable String trustNo) {
		Trust trust = trusts.visible(trustNo, CurrentUser.get());
		List<TrustFiling> filings = trusts.filings(trust);
		List<String> openSteps = filings.stream()
			.filter(f -> f.closedAt() == null && f.processInstanceId() != null)
			.flatMap(f -> workflow.openTasks(f.processInstanceId()).stream())
			.map(Workflow.OpenTask::taskKey)
			.toList();
		List<PublicRecord> published = filings.stream().flatMap(f -> records.of(f.filingNo()).stream()).toList();
		return new TrustView(trust, trusts.trustee(trust.trusteeUnitCode()), trusts.settlors(trust),
				trusts.assets(trust), trusts.trusteeHistory(trust), filings, openSteps, published);
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.PARTY, target = "charity-trust:trustNo")
	@PostMapping("/api/charity/trusts/{trustNo}/changes")
	@ResponseStatus(HttpStatus.CREATED)
	FilingView change(@PathVariable String trustNo, @RequestBody @Valid TrustFilings.FileChange request) {
		return filingView(trusts.fileChange(trustNo, request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.PARTY, target = "charity-trust:trustNo")
	@PostMapping("/api/charity/trusts/{trustNo}/termination")
	@ResponseStatus(HttpStatus.CREATED)
	FilingView terminate(@PathVariable String trustNo, @RequestBody @Valid TrustFilings.FileTermination request) {
		return filingView(trusts.fileTermination(trustNo, request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.PARTY, target = "charity-trust:trustNo")
	@PostMapping("/api/charity/trusts/{trustNo}/annual-reports")
	@ResponseStatus(HttpStatus.CREATED)
	FilingView annualReport(@PathVariable String trustNo, @RequestBody @Valid TrustFilings.FileAnnualReport request) {
		return filingView(trusts.fileAnnualReport(trustNo, request, CurrentUser.get()));
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "charity-filing:filingNo")
	@GetMapping("/api/charity/filings/{filingNo}")
	FilingView filing(@PathVariable String filingNo) {
		StaffUser user = CurrentUser.get();
		return filingView(trusts.visibleFiling(filingNo, user));
	}

	private FilingView filingView(TrustFiling filing) {
		Trust trust = trusts.trustOf(filing);
		return new FilingView(filing, trust.trustNo(), trust.name());
	}

	private TrustRow row(Trust t) {
		return new TrustRow(t.trustNo(), t.name(), trusts.trustee(t.trusteeUnitCode()).name(), t.signedOn(),
				t.filedOn(), t.status().name(), t.late(), t.receiptNo());
	}

	/** A trust in a list. */
	record TrustRow(String trustNo, String name, String trusteeName, java.time.LocalDate signedOn,
			java.time.LocalDate filedOn, String status, boolean late, String receiptNo) {
	}

	/** The whole record of a trust. */
	record TrustView(Trust trust, TrustParts.Trustee trustee, List<TrustParts.Settlor> settlors,
			List<TrustParts.Asset> assets, List<TrustParts.TrusteeTerm> trusteeHistory, List<TrustFiling> filings,
			List<String> openSteps, List<PublicRecord> records) {
	}

	/** A filing with its trust. */
	record FilingView(TrustFiling filing, String trustNo, String trustName) {
	}

}
