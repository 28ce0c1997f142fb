package org.minzheng.flow.aid.temporary.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.minzheng.flow.aid.temporary.TemporaryCaseActions;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.calendar.process.SlaDueDates;
import org.minzheng.flow.processes.aid.AidTemporaryAssistanceProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code AidTemporaryAssistanceProcess}: each reads the case id,
 * calls one method of {@link TemporaryCaseActions} and writes its result. Its end events
 * reach the aid line's {@code aidCaseClosedListener}, which hands them to
 * {@link TemporaryClosedCases}.
 */
@Configuration(proxyBeanMethods = false)
class TemporaryDelegates {

	/** The notice ends when its timer fires: both come from the timer event's limit. */
	@Bean(AidTemporaryAssistanceProcess.BEAN_PUBLISH_NOTICE)
	JavaDelegate aidTemporaryPublishNoticeDelegate(TemporaryCaseActions actions, SlaDueDates sla) {
		return execution -> actions.publishNotice(caseId(execution),
				LocalDate.ofInstant(
						sla.due(execution, AidTemporaryAssistanceProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED).toInstant(),
						WorkingDayCalendar.ZONE));
	}

	@Bean(AidTemporaryAssistanceProcess.BEAN_RESOLVE_APPROVAL_AUTHORITY)
	JavaDelegate aidTemporaryResolveAuthorityDelegate(TemporaryCaseActions actions) {
		return execution -> {
			String unit = actions.resolveAuthority(caseId(execution));
			execution.setVariable(AidTemporaryAssistanceProcess.VAR_APPROVING_ORG_UNIT_CODE, unit);
			execution.setVariable(AidTemporaryAssistanceProcess.VAR_APPROVER_GROUP,
					org.minzheng.flow.processes.aid.AidApplicationProcess.approverGroup(unit));
		};
	}

	@Bean(AidTemporaryAssistanceProcess.BEAN_CONFIRM_REGULARISED)
	JavaDelegate aidTemporaryConfirmRegularisedDelegate(TemporaryCaseActions actions) {
		return execution -> actions.confirmRegularised(caseId(execution));
	}

	@Bean(AidTemporaryAssistanceProcess.BEAN_ISSUE_PAYMENT_INSTRUCTION)
	JavaDelegate aidTemporaryIssuePaymentDelegate(TemporaryCaseActions actions) {
		return execution -> actions.issuePaymentInstruction(caseId(execution));
	}

	@Bean(AidTemporaryAssistanceProcess.BEAN_RECORD_RECOVERY)
	JavaDelegate aidTemporaryRecordRecoveryDelegate(TemporaryCaseActions actions) {
		return execution -> actions.recordRecovery(caseId(execution));
	}

	@Bean(AidTemporaryAssistanceProcess.BEAN_RECORD_REJECTION)
	JavaDelegate aidTemporaryRecordRejectionDelegate(TemporaryCaseActions actions) {
		return execution -> actions.recordRejection(caseId(execution));
	}

	@Bean(AidTemporaryAssistanceProcess.BEAN_REMIND_REGULARISATION)
	JavaDelegate aidTemporaryRemindRegularisationDelegate(TemporaryCaseActions actions) {
		return execution -> actions.remindRegularisation(caseId(execution));
	}

	static long caseId(DelegateExecution execution) {
		return ((Number) execution.getVariable(AidTemporaryAssistanceProcess.VAR_CASE_ID)).longValue();
	}

}
