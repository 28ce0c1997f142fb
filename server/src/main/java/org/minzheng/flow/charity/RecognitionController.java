package org.minzheng.flow.charity;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.security.Access;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.CurrentUser;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.workflow.Workflow;
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

	private final PublicRecords records;

	private final Workflow workflow;

	RecognitionController(Recognitions recognitions, FundraisingQualifications qualifications, PublicRecords records,
			Workflow workflow) {
		this.recognitions = recognitions;
		this.qualifications = qualifications;
		this.records = records;
		this.workflow = workflow;
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/charity/recognitions")
	List<Recognition> recognitions() {
		return recognitions.list(CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.CLERK)
	@PostMapping("/api/charity/recognitions")
	@ResponseStatus(HttpStatus.CREATED)
	Recognition submit(@RequestBody @Valid Recognitions.SubmitRecognition request) {
		return recognitions.submit(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "charity-recognition:no")
	@GetMapping("/api/charity/recognitions/{no}")
	RecognitionView recognition(@PathVariable String no) {
		Recognition recognition = recognitions.visible(no, CurrentUser.get());
		return new RecognitionView(recognition, openSteps(recognition.processInstanceId()), records.of(no));
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.CLERK, target = "charity-recognition:no")
	@PostMapping("/api/charity/recognitions/{no}/supplement")
	RecognitionView supplement(@PathVariable String no, @RequestBody Map<String, String> body) {
		StaffUser clerk = CurrentUser.get();
		recognitions.supplementReceived(no, body == null ? null : body.get("note"), clerk);
		return recognition(no);
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR })
	@GetMapping("/api/charity/fundraising")
	List<FundraisingRow> fundraising() {
		return qualifications.list(CurrentUser.get())
			.stream()
			.map(f -> new FundraisingRow(f, qualifications.charityOf(f).name()))
			.toList();
	}

	@Access(lines = BusinessLine.CHARITY, roles = Role.CLERK)
	@PostMapping("/api/charity/fundraising")
	@ResponseStatus(HttpStatus.CREATED)
	Fundraising submitFundraising(@RequestBody @Valid FundraisingQualifications.SubmitFundraising request) {
		return qualifications.submit(request, CurrentUser.get());
	}

	@Access(lines = BusinessLine.CHARITY,
			roles = { Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR },
			target = "charity-fundraising:no")
	@GetMapping("/api/charity/fundraising/{no}")
	FundraisingView fundraising(@PathVariable String no) {
		Fundraising fundraising = qualifications.visible(no, CurrentUser.get());
		return new FundraisingView(fundraising, qualifications.charityOf(fundraising),
				openSteps(fundraising.processInstanceId()), records.of(no));
	}

	private List<String> openSteps(String processInstanceId) {
		return processInstanceId == null ? List.of()
				: workflow.openTasks(processInstanceId).stream().map(Workflow.OpenTask::taskKey).toList();
	}

	/** An application with its open steps and published records. */
	record RecognitionView(Recognition recognition, List<String> openSteps, List<PublicRecord> records) {
	}

	/** A qualification in a list. */
	record FundraisingRow(Fundraising qualification, String charityName) {
	}

	/** A qualification with its charity, open steps and published records. */
	record FundraisingView(Fundraising qualification, CharityOrganisation charity, List<String> openSteps,
			List<PublicRecord> records) {
	}

}
