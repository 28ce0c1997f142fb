package org.minzheng.flow.charity.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.minzheng.flow.charity.FundraisingQualifications;
import org.minzheng.flow.charity.Recognitions;
import org.minzheng.flow.charity.TrustReceipts;
import org.minzheng.flow.inbox.OverdueEscalations;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.charity.CharityFundraisingProcess;
import org.minzheng.flow.processes.charity.CharityProcesses;
import org.minzheng.flow.processes.charity.CharityRecognitionProcess;
import org.minzheng.flow.processes.charity.CharityTrustFilingProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of the three charity processes: each reads its variables, calls one
 * service method and writes its result. Bean names are the ones the BPMN references.
 */
@Configuration(proxyBeanMethods = false)
class CharityDelegates {

	@Bean(CharityRecognitionProcess.BEAN_NOTIFY_SUPPLEMENT)
	JavaDelegate charityNotifySupplementDelegate(Recognitions recognitions) {
		return execution -> recognitions.notifySupplement(recognitionId(execution));
	}

	@Bean(CharityRecognitionProcess.BEAN_CHECK_ELIGIBILITY)
	JavaDelegate charityCheckEligibilityDelegate(Recognitions recognitions) {
		return execution -> execution.setVariable(CharityRecognitionProcess.VAR_CREDIT_CLEAR,
				recognitions.checkEligibility(recognitionId(execution)));
	}

	@Bean(CharityRecognitionProcess.BEAN_RECORD_REFUSAL)
	JavaDelegate charityRecordRefusalDelegate(Recognitions recognitions) {
		return execution -> recognitions.refuse(recognitionId(execution));
	}

	@Bean(CharityRecognitionProcess.BEAN_ISSUE_CERTIFICATE)
	JavaDelegate charityIssueCertificateDelegate(Recognitions recognitions) {
		return execution -> recognitions.issueCertificate(recognitionId(execution));
	}

	@Bean(CharityRecognitionProcess.BEAN_PUBLISH_TO_PLATFORM)
	JavaDelegate charityPublishToPlatformDelegate(Recognitions recognitions) {
		return execution -> recognitions.publishToPlatform(recognitionId(execution), idempotencyKey(execution));
	}

	@Bean(CharityFundraisingProcess.BEAN_NOTIFY_SUPPLEMENT)
	JavaDelegate charityNotifyFundraisingSupplementDelegate(FundraisingQualifications qualifications) {
		return execution -> qualifications.notifySupplement(qualificationId(execution));
	}

	@Bean(CharityFundraisingProcess.BEAN_CHECK_CREDIT)
	JavaDelegate charityCheckFundraisingCreditDelegate(FundraisingQualifications qualifications) {
		return execution -> execution.setVariable(CharityFundraisingProcess.VAR_CREDIT_CLEAR,
				qualifications.checkCredit(qualificationId(execution)));
	}

	@Bean(CharityFundraisingProcess.BEAN_RECORD_REFUSAL)
	JavaDelegate charityRecordFundraisingRefusalDelegate(FundraisingQualifications qualifications) {
		return execution -> qualifications.refuse(qualificationId(execution));
	}

	@Bean(CharityFundraisingProcess.BEAN_ISSUE_QUALIFICATION)
	JavaDelegate charityIssueQualificationDelegate(FundraisingQualifications qualifications) {
		return execution -> qualifications.issue(qualificationId(execution));
	}

	@Bean(CharityFundraisingProcess.BEAN_PUBLISH_TO_PLATFORM)
	JavaDelegate charityPublishQualificationDelegate(FundraisingQualifications qualifications) {
		return execution -> qualifications.publishToPlatform(qualificationId(execution), idempotencyKey(execution));
	}

	@Bean(CharityTrustFilingProcess.BEAN_NOTIFY_SUPPLEMENT)
	JavaDelegate charityNotifyTrustSupplementDelegate(TrustReceipts receipts) {
		return execution -> receipts.notifySupplement(filingId(execution));
	}

	@Bean(CharityTrustFilingProcess.BEAN_ISSUE_RECEIPT)
	JavaDelegate charityIssueReceiptDelegate(TrustReceipts receipts) {
		return execution -> receipts.issueReceipt(filingId(execution));
	}

	@Bean(CharityProcesses.BEAN_ESCALATE_OVERDUE)
	JavaDelegate charityEscalateOverdueDelegate(OverdueEscalations escalations) {
		return execution -> escalations.escalate(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
				(String) execution.getVariableLocal(ProcessConventions.VAR_OVERDUE_TASK_KEY),
				(String) execution.getVariable(CharityRecognitionProcess.VAR_REGISTRAR_CODE));
	}

	@Bean(CharityProcesses.BEAN_CASE_CLOSED_LISTENER)
	ExecutionListener charityCaseClosedListener(Recognitions recognitions, FundraisingQualifications qualifications,
			TrustReceipts receipts) {
		return execution -> {
			String end = execution.getCurrentActivityId();
			switch (execution.getProcessDefinitionId().split(":")[0]) {
				case CharityRecognitionProcess.PROCESS_KEY -> recognitions.closed(recognitionId(execution), end);
				case CharityFundraisingProcess.PROCESS_KEY -> qualifications.closed(qualificationId(execution), end);
				default -> receipts.closed(filingId(execution), end);
			}
		};
	}

	private static String idempotencyKey(DelegateExecution execution) {
		return execution.getProcessBusinessKey() + ":" + execution.getCurrentActivityId();
	}

	private static long recognitionId(DelegateExecution execution) {
		return ((Number) execution.getVariable(CharityRecognitionProcess.VAR_RECOGNITION_ID)).longValue();
	}

	private static long qualificationId(DelegateExecution execution) {
		return ((Number) execution.getVariable(CharityFundraisingProcess.VAR_QUALIFICATION_ID)).longValue();
	}

	private static long filingId(DelegateExecution execution) {
		return ((Number) execution.getVariable(CharityTrustFilingProcess.VAR_FILING_ID)).longValue();
	}

}
