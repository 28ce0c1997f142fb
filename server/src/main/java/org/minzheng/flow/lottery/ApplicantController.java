package org.minzheng.flow.lottery;

import java.util.List;

import org.minzheng.flow.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's own API (see {@link ApplicantActions}). */
@RestController
class ApplicantController {

	private final ApplicantActions actions;

	ApplicantController(ApplicantActions actions) {
		this.actions = actions;
	}

	@GetMapping("/api/lottery/my/applications")
	List<ApplicantActions.MyApplication> mine() {
		return actions.mine(CurrentUser.get());
	}

	@PostMapping("/api/lottery/my/offers/{offerNo}/accept")
	void accept(@PathVariable String offerNo) {
		actions.accept(offerNo, CurrentUser.get());
	}

	@PostMapping("/api/lottery/my/offers/{offerNo}/decline")
	void decline(@PathVariable String offerNo) {
		actions.decline(offerNo, CurrentUser.get());
	}

	@PostMapping("/api/lottery/my/applications/{applicationNo}/withdraw")
	void withdraw(@PathVariable String applicationNo) {
		actions.withdraw(applicationNo, CurrentUser.get());
	}

}
