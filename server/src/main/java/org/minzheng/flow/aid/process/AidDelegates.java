package org.minzheng.flow.aid.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.minzheng.flow.aid.AidCaseActions;
import org.minzheng.flow.aid.ApplicationStatus;
import org.minzheng.flow.aid.ApprovalAuthority;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.calendar.process.SlaDueDates;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code AidApplicationProcess}: each reads its variables, calls
 * one method of {@link AidCaseActions} and writes its result. Bean names are the ones the
 * BPMN references.
 */
@Configuration(proxyBeanMethods = false)
class AidDelegates {

	@Bean(AidApplicationProcess.BEAN_VERIFY_HUKOU)
	JavaDelegate aidVerifyHukouDelegate(AidCaseActions actions) {
		return execution -> actions.verifyHukou(applicationId(execution), execution.getCurrentActivityId());
	}

	@Bean(AidApplicationProcess.BEAN_REQUEST_ECONOMIC_CHECK)
	JavaDelegate aidRequestEconomicCheckDelegate(AidCaseActions actions) {
		return execution -> actions.requestEconomicCheck(applicationId(execution), execution.getCurrentActivityId());
	}

	@Bean(AidApplicationProcess.BEAN_RESOLVE_APPROVAL_AUTHORITY)
	JavaDelegate aidResolveApprovalAuthorityDelegate(AidCaseActions actions) {
		return execution -> {
			ApprovalAuthority authority = actions.resolveAuthority(applicationId(execution));
			execution.setVariable(AidApplicationProcess.VAR_APPROVER_GROUP,
					AidApplicationProcess.approverGroup(authority.orgUnitCode()));
			execution.setVariable(AidApplicationProcess.VAR_APPROVING_ORG_UNIT_CODE, authority.orgUnitCode());
			execution.setVariable(AidApplicationProcess.VAR_ENTRUSTMENT_ID, authority.entrustmentId());
			execution.setVariable(AidApplicationProcess.VAR_APPROVAL_MODE, authority.panel() == null
					? AidApplicationProcess.ApprovalMode.SINGLE.name() : authority.panel().mode().name());
		};
	}

	/**
	 * The notice ends when its timer fires: both come from the timer event's limit in
	 * this process version.
	 */
	@Bean(AidApplicationProcess.BEAN_PUBLISH_NOTICE)
	JavaDelegate aidPublishNoticeDelegate(AidCaseActions actions, SlaDueDates sla) {
		return execution -> actions.publishNotice(applicationId(execution),
				LocalDate.ofInstant(
						sla.due(execution, AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED).toInstant(),
						WorkingDayCalendar.ZONE));
	}

	@Bean(AidApplicationProcess.BEAN_GRANT_BENEFIT)
	JavaDelegate aidGrantBenefitDelegate(AidCaseActions actions) {
		return execution -> actions.grantBenefit(applicationId(execution));
	}

	@Bean(AidApplicationProcess.BEAN_RECORD_REJECTION)
	JavaDelegate aidRecordRejectionDelegate(AidCaseActions actions) {
		return execution -> actions.recordRejection(applicationId(execution));
	}

	@Bean(AidApplicationProcess.BEAN_NOTIFY_SUPPLEMENT)
	JavaDelegate aidNotifySupplementDelegate(AidCaseActions actions) {
		return execution -> actions.notifySupplement(applicationId(execution));
	}

	@Bean(AidApplicationProcess.BEAN_ESCALATE_OVERDUE)
	JavaDelegate aidEscalateOverdueDelegate(AidCaseActions actions) {
		return execution -> actions.escalateOverdue(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
				(String) execution.getVariableLocal(ProcessConventions.VAR_OVERDUE_TASK_KEY));
	}

	@Bean(AidApplicationProcess.BEAN_CASE_CLOSED_LISTENER)
	ExecutionListener aidCaseClosedListener(AidCaseActions actions, java.util.List<AidProcessEndListener> others,
			org.minzheng.flow.aid.temporary.process.TemporaryClosedCases temporary) {
		return execution -> {
			if (temporary.handled(execution)) {
				return;
			}
			// the review and the spot check close their own cases
			String processKey = execution.getProcessDefinitionId().split(":")[0];
			for (AidProcessEndListener other : others) {
				if (other.processKey().equals(processKey)) {
					other.notify(execution);
					return;
				}
			}
			ApplicationStatus status = switch (execution.getCurrentActivityId()) {
				case AidApplicationProcess.END_EVENT_APPROVED -> ApplicationStatus.APPROVED;
				case AidApplicationProcess.END_EVENT_REJECTED -> ApplicationStatus.REJECTED;
				case AidApplicationProcess.END_EVENT_NOT_ACCEPTED -> ApplicationStatus.NOT_ACCEPTED;
				case AidApplicationProcess.END_EVENT_SUPPLEMENT_EXPIRED -> ApplicationStatus.SUPPLEMENT_EXPIRED;
				default -> null;
			};
			if (status != null) {
				actions.closed(applicationId(execution), status);
			}
		};
	}

	private static long applicationId(DelegateExecution execution) {
		return ((Number) execution.getVariable(AidApplicationProcess.VAR_APPLICATION_ID)).longValue();
	}

}
