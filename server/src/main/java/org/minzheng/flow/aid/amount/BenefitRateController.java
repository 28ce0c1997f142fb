package org.minzheng.flow.aid.amount;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benefit rates: the 社会救助 line's staff and the administrators read them; the city's
 * administrators propose, approve and reject (four eyes).
 */
@RestController
@RequestMapping("/api/aid/benefit-rates")
class BenefitRateController {

	private final BenefitRates rates;

	BenefitRateController(BenefitRates rates) {
		this.rates = rates;
	}

	@Access(lines = BusinessLine.AID,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN })
	@GetMapping
	List<RateRecord> all() {
		return rates.all();
	}

	@Access(roles = Role.ADMIN)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RateRecord propose(@RequestBody(required = false) NewRate request) {
		BenefitRates.requireCityAdmin(CurrentUser.get());
		if (request == null) {
			throw org.minzheng.flow.shared.ApiException.badRequest("FIELD_REQUIRED", "kind", "请填写标准");
		}
		return rates.propose(new BenefitRates.Proposal(request.kind(), request.effectiveFrom(), request.amountFen(),
				request.basisPoints(), request.documentNo(), request.documentTitle()), CurrentUser.get());
	}

	@Access(roles = Role.ADMIN)
	@PostMapping("/{id}/approve")
	RateRecord approve(@PathVariable long id, @RequestBody(required = false) Decision request) {
		return rates.approve(id, request == null ? null : request.reason(), CurrentUser.get());
	}

	@Access(roles = Role.ADMIN)
	@PostMapping("/{id}/reject")
	RateRecord reject(@PathVariable long id, @RequestBody(required = false) Decision request) {
		return rates.reject(id, request == null ? null : request.reason(), CurrentUser.get());
	}

	/**
	 * A proposed rate: amountFen for amounts, basisPoints for the supplements. Checked by
	 * {@link BenefitRates} after the city-administrator check, so that nobody else learns
	 * what a valid proposal looks like (the annotations state the bounds it enforces).
	 */
	record NewRate(@NotNull RateKind kind, @NotNull java.time.LocalDate effectiveFrom, Long amountFen,
			Integer basisPoints, @Size(max = 100) String documentNo, @Size(max = 300) String documentTitle) {
	}

	/** The second administrator's reason (required to reject). */
	record Decision(@Size(max = 500) String reason) {
	}

}
