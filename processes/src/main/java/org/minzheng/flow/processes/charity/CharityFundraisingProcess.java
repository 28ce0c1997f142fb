package org.minzheng.flow.processes.charity;

/**
 * Names shared by {@value #RESOURCE}, its process tests and the server's delegates for
 * 公开募捐资格. Whether the charity has been one for long enough is checked before the process
 * starts.
 */
public final class CharityFundraisingProcess {

	public static final String PROCESS_KEY = "CharityFundraisingProcess";

	public static final String RESOURCE = "bpmn/charity/charity-fundraising.bpmn";

	/** Process property: years a qualification certificate is valid. */
	public static final String PROPERTY_VALIDITY_YEARS = "validityYears";

	public static final String VAR_QUALIFICATION_ID = "qualificationId";

	public static final String VAR_REGISTRAR_CODE = "registrarCode";

	public static final String VAR_REVIEW_DECISION = "reviewDecision";

	public static final String VAR_DECISION = "decision";

	public static final String BEAN_RECORD_REFUSAL = "charityRecordFundraisingRefusalDelegate";

	public static final String BEAN_ISSUE_QUALIFICATION = "charityIssueQualificationDelegate";

	public static final String BEAN_PUBLISH_TO_PLATFORM = "charityPublishQualificationDelegate";

	public static final String FORM_REVIEW = "charity-fundraising-review";

	public static final String FORM_DECISION = "charity-fundraising-decision";

	public static final String START_EVENT_APPLICATION_SUBMITTED = "StartEvent_ApplicationSubmitted";

	public static final String TASK_REVIEW = "Task_Review";

	public static final String TASK_DECISION = "Task_Decision";

	public static final String SERVICE_TASK_RECORD_REFUSAL = "ServiceTask_RecordRefusal";

	public static final String END_EVENT_REFUSED = "EndEvent_Refused";

	public static final String SERVICE_TASK_ISSUE_QUALIFICATION = "ServiceTask_IssueQualification";

	public static final String SERVICE_TASK_PUBLISH_TO_PLATFORM = "ServiceTask_PublishToPlatform";

	public static final String END_EVENT_QUALIFIED = "EndEvent_Qualified";

	private CharityFundraisingProcess() {
	}

}
