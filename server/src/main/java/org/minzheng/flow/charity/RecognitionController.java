package org.minzheng.flow.charity;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recognition as a charity and the public-fundraising qualification, at the registrar.
 */
@RestController
class RecognitionController {

	private final Recognitions recognitions;

	private final FundraisingQualifications qualifications;

	private final CharityViews views;

	RecognitionController(Recognitions recognitions, FundraisingQualifications qualifications, CharityViews views) {
		this.recognitions = recognitions;
		this.qualifications = qualifications;
		this.views = views;
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/charity/recognitions")
	List<RecognitionView> recognitions() {
		return views.recognitions(CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.CLERK)
	@PostMapping("/api/charity/recognitions")
	@ResponseStatus(HttpStatus.CREATED)
	RecognitionView submit(@RequestBody @Valid Recognitions.SubmitRecognition request) {
		return recognitions.submit(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "charity-recognition:no")
	@GetMapping("/api/charity/recognitions/{no}")
	CharityViews.RecognitionPage recognition(@PathVariable String no) {
		return views.recognition(no, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.CLERK, target = "charity-recognition:no")
	@PostMapping("/api/charity/recognitions/{no}/supplement")
	CharityViews.RecognitionPage supplement(@PathVariable String no, @RequestBody Map<String, String> body) {
		StaffUser clerk = CurrentUser.get();
		recognitions.supplementReceived(no, body == null ? null : body.get("note"), clerk);
		return recognition(no);
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/charity/fundraising")
	List<CharityViews.FundraisingRow> fundraising() {
		return views.fundraising(CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.CLERK)
	@PostMapping("/api/charity/fundraising")
	@ResponseStatus(HttpStatus.CREATED)
	FundraisingView submitFundraising(@RequestBody @Valid FundraisingQualifications.SubmitFundraising request) {
		return qualifications.submit(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "charity-fundraising:no")
	@GetMapping("/api/charity/fundraising/{no}")
	CharityViews.FundraisingPage fundraising(@PathVariable String no) {
		return views.fundraising(no, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.CLERK, target = "charity-fundraising:no")
	@PostMapping("/api/charity/fundraising/{no}/supplement")
	CharityViews.FundraisingPage fundraisingSupplement(@PathVariable String no, @RequestBody Map<String, String> body) {
		qualifications.supplementReceived(no, body == null ? null : body.get("note"), CurrentUser.get());
		return fundraising(no);
	}

}
