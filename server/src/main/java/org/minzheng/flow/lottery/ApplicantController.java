package org.minzheng.flow.lottery;

import java.util.List;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's own API (see {@link ApplicantActions}): only applicants (PARTY of the
 * lottery line at {@code LT-AP-<district>}), and only on their own application and offers
 * (staff and other applicants are answered 404).
 */
@RestController
class ApplicantController {

	private final ApplicantActions actions;

	ApplicantController(ApplicantActions actions) {
		this.actions = actions;
	}

	@Access(lines = BusinessLine.LOTTERY, roles = Role.PARTY)
	@GetMapping("/api/lottery/my/applications")
	List<ApplicantActions.MyApplication> mine() {
		return actions.mine(CurrentUser.get());
	}

	@Access(lines = BusinessLine.LOTTERY, roles = Role.PARTY, target = "lottery-my-offer:offerNo")
	@PostMapping("/api/lottery/my/offers/{offerNo}/accept")
	void accept(@PathVariable String offerNo) {
		actions.accept(offerNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.LOTTERY, roles = Role.PARTY, target = "lottery-my-offer:offerNo")
	@PostMapping("/api/lottery/my/offers/{offerNo}/decline")
	void decline(@PathVariable String offerNo) {
		actions.decline(offerNo, CurrentUser.get());
	}

	@Access(lines = BusinessLine.LOTTERY, roles = Role.PARTY, target = "lottery-my-application:applicationNo")
	@PostMapping("/api/lottery/my/applications/{applicationNo}/withdraw")
	void withdraw(@PathVariable String applicationNo) {
		actions.withdraw(applicationNo, CurrentUser.get());
	}

}
