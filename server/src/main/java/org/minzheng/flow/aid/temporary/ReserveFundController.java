package org.minzheng.flow.aid.temporary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 备用金: a street's balance and ledger, the district's top-up, the reconciliation (JSON and
 * CSV). The street's aid staff and the district's and city's above it read; the
 * district's approver or administrator tops up.
 */
@RestController
@RequestMapping("/api/aid/reserve-funds/{streetCode}")
class ReserveFundController {

	private final ReserveFundReports reports;

	ReserveFundController(ReserveFundReports reports) {
		this.reports = reports;
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = "aid-reserve-fund:streetCode")
	@GetMapping
	ReserveFundReports.Ledger ledger(@PathVariable String streetCode) {
		return reports.ledger(streetCode);
	}

	@Access(lines = BusinessLine.AID, roles = { Role.APPROVER, Role.ADMIN }, target = "aid-reserve-fund:streetCode")
	@PostMapping("/top-ups")
	ReserveFundReports.Ledger topUp(@PathVariable String streetCode, @Valid @RequestBody TopUp request) {
		return reports.topUp(streetCode, request.amountFen(), request.documentNo(), CurrentUser.get());
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = "aid-reserve-fund:streetCode")
	@GetMapping("/reconciliation")
	ReserveFundReports.Reconciliation reconciliation(@PathVariable String streetCode,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reports.reconcile(streetCode, from, to);
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN },
			target = "aid-reserve-fund:streetCode", readOnlyMayCall = true)
	@GetMapping("/reconciliation.csv")
	ResponseEntity<byte[]> reconciliationCsv(@PathVariable String streetCode,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		byte[] csv = reports.csv(streetCode, from, to, CurrentUser.get()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("reserve-fund-" + streetCode + "-" + from + "-" + to + ".csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(csv);
	}

	/** The district's allocation, in fen, with its document number. */
	record TopUp(@Positive long amountFen, @NotBlank @Size(max = 200) String documentNo) {
	}

}
