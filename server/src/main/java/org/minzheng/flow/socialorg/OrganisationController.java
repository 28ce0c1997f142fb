package org.minzheng.flow.socialorg;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.Paging;
import org.minzheng.flow.socialorg.credit.CreditListQueries;
import org.minzheng.flow.socialorg.credit.CreditListings;
import org.minzheng.flow.socialorg.credit.CreditState;
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

/** Organisations and the credit lists (活动异常名录, 严重违法失信名单): query, export, lift. */
@RestController
@Validated
class OrganisationController {

	private final CreditListQueries queries;

	private final CreditListings listings;

	OrganisationController(CreditListQueries queries, CreditListings listings) {
		this.queries = queries;
		this.listings = listings;
	}

	/**
	 * 陈述、申辩: the organisation's answer to a proposed listing, recorded by registrar staff
	 * within the period to answer; the case goes to the approver.
	 */
	@Access(lines = BusinessLine.SOCIALORG, roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER },
			target = "socialorg-credit-listing-registrar:no")
	@PostMapping("/api/socialorg/credit-listings/{no}/statement")
	void statement(@PathVariable String no, @Valid @RequestBody Statement request) {
		listings.statement(no, request.text(), CurrentUser.get());
	}

	/** The organisation's statement. */
	record Statement(@NotBlank @Size(max = 1000) String text) {
	}

	@Access(lines = BusinessLine.SOCIALORG,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/socialorg/organisations")
	List<CreditListQueries.OrganisationRow> list(@RequestParam(required = false) CreditState creditState,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Paging paging = Paging.of(page, size, 500);
		return queries.list(CurrentUser.get(), creditState, paging.page(), paging.size());
	}

	@Access(lines = BusinessLine.SOCIALORG,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.PARTY },
			target = "socialorg-organisation:id")
	@GetMapping("/api/socialorg/organisations/{id}")
	CreditListQueries.OrganisationDetail get(@PathVariable long id) {
		return queries.detail(id, CurrentUser.get());
	}

	@Access(lines = BusinessLine.SOCIALORG,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/socialorg/credit-lists/{state}/export")
	ResponseEntity<byte[]> export(
			@PathVariable("state") @Parameter(schema = @Schema(implementation = CreditState.class)) String name) {
		CreditState state = creditState(name);
		byte[] csv = queries.export(CurrentUser.get(), state).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"credit-list-" + state + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv);
	}

	@Access(lines = BusinessLine.SOCIALORG, roles = { Role.APPROVER, Role.SUPERVISOR },
			target = "socialorg-organisation-registrar:id")
	@PostMapping("/api/socialorg/organisations/{id}/credit-removal")
	CreditListQueries.OrganisationDetail remove(@PathVariable long id, @Valid @RequestBody Reason request) {
		return queries.remove(id, request.reason(), CurrentUser.get());
	}

	/** 挂号信被退回: the second one lists the organisation as unreachable. */
	@Access(lines = BusinessLine.SOCIALORG, roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER },
			target = "socialorg-organisation-registrar:id")
	@PostMapping("/api/socialorg/organisations/{id}/returned-letters")
	CreditListQueries.OrganisationDetail returnedLetter(@PathVariable long id,
			@Valid @RequestBody ReturnedLetter request) {
		return queries.recordReturnedLetter(id, request.trackingNo(), request.sentOn(), request.returnedOn(),
				CurrentUser.get());
	}

	/** A registered letter that came back: its tracking number and dates. */
	record ReturnedLetter(@NotBlank @Size(max = 40) String trackingNo,
			@jakarta.validation.constraints.NotNull java.time.LocalDate sentOn,
			@jakarta.validation.constraints.NotNull java.time.LocalDate returnedOn) {
	}

	/** A reason staff must give. */
	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	/**
	 * The list named in the path: an unknown or blank name is a 400 with the field, as a
	 * mistyped enum anywhere (a blank one converted to no value and was a 500, found by
	 * the OpenAPI fuzzing test).
	 */
	private static CreditState creditState(String name) {
		for (CreditState state : CreditState.values()) {
			if (state.name().equals(name)) {
				return state;
			}
		}
		throw ApiException.badRequest("WRONG_TYPE", "state", "参数 state 的类型或格式不对");
	}

}
