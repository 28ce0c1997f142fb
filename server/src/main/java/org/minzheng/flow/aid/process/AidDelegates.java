package org.minzheng.flow.aid.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.minzheng.flow.processes.model.BpmnProperties;
import org.minzheng.flow.aid.AidCaseActions;
import org.minzheng.flow.aid.AidTotalLimits;
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

	/**
	 * The check's wait ran out: escalate and, while attempts remain (the timer event's
	 * {@code maxAttempts} in this process version), request it again.
	 */
	@Bean(AidApplicationProcess.BEAN_RETRY_ECONOMIC_CHECK)
	JavaDelegate aidRetryEconomicCheckDelegate(AidCaseActions actions) {
		return execution -> {
			int attempt = execution.getVariable(AidApplicationProcess.VAR_ECONOMIC_CHECK_ATTEMPT) instanceof Number n
					? n.intValue() : 1;
			BaseElement timer = (BaseElement) execution.getBpmnModelInstance()
				.getModelElementById(AidApplicationProcess.CATCH_EVENT_ECONOMIC_CHECK_OVERDUE);
			int max = Integer.parseInt(BpmnProperties.property(timer, AidApplicationProcess.PROPERTY_MAX_ATTEMPTS)
				.orElseThrow(() -> new IllegalStateException("no " + AidApplicationProcess.PROPERTY_MAX_ATTEMPTS
						+ " on " + AidApplicationProcess.CATCH_EVENT_ECONOMIC_CHECK_OVERDUE))
				.strip());
			boolean retry = attempt < max;
			actions.economicCheckOverdue(applicationId(execution),
					AidApplicationProcess.SERVICE_TASK_REQUEST_ECONOMIC_CHECK, attempt, retry ? attempt + 1 : 0);
			execution.setVariable(AidApplicationProcess.VAR_ECONOMIC_CHECK_RETRYING, retry);
			if (retry) {
				execution.setVariable(AidApplicationProcess.VAR_ECONOMIC_CHECK_ATTEMPT, attempt + 1);
			}
		};
	}

	/**
	 * Acceptance: the total limit runs; its timer is set to the first reminder (or the
	 * breach), computed from the deadline with the working-day calendar.
	 */
	@Bean(AidApplicationProcess.BEAN_START_TOTAL_LIMIT)
	JavaDelegate aidStartTotalLimitDelegate(AidTotalLimits limits) {
		return execution -> {
			long applicationId = applicationId(execution);
			limits.started(applicationId);
			execution.setVariable(AidApplicationProcess.VAR_CASE_DECIDED, false);
			execution.setVariable(AidApplicationProcess.VAR_TOTAL_LIMIT_NEXT_ALARM,
					nextAlarm(limits, applicationId, execution));
		};
	}

	/** The timer fired: send what is due, set the timer to what comes next. */
	@Bean(AidApplicationProcess.BEAN_TOTAL_LIMIT_ALARM)
	JavaDelegate aidTotalLimitAlarmDelegate(AidTotalLimits limits) {
		return execution -> {
			long applicationId = applicationId(execution);
			boolean left = limits.alarm(applicationId, reminderDays(execution));
			execution.setVariable(AidApplicationProcess.VAR_TOTAL_LIMIT_ALARMS_LEFT, left);
			if (left) {
				execution.setVariable(AidApplicationProcess.VAR_TOTAL_LIMIT_NEXT_ALARM,
						nextAlarm(limits, applicationId, execution));
			}
		};
	}

	/**
	 * The key from the definition (cached), not from its id: an id whose key:version:uuid
	 * form would pass 64 characters is a bare UUID.
	 */
	private static String processKey(DelegateExecution execution) {
		return execution.getProcessEngineServices()
			.getRepositoryService()
			.getProcessDefinition(execution.getProcessDefinitionId())
			.getKey();
	}

	/** With nothing ahead: now (the alarm step then finds nothing to send). */
	private static Date nextAlarm(AidTotalLimits limits, long applicationId, DelegateExecution execution) {
		return limits.nextAlarm(applicationId, reminderDays(execution))
			.map(Date::from)
			.orElseGet(ClockUtil::getCurrentTime);
	}

	/** The process version's {@code totalLimitReminderWorkingDays}. */
	private static List<Integer> reminderDays(DelegateExecution execution) {
		String key = processKey(execution);
		return AidTotalLimits.reminderDays(execution.getBpmnModelInstance()
			.getModelElementsByType(Process.class)
			.stream()
			.filter(p -> p.getId().equals(key))
			.findFirst()
			.flatMap(p -> BpmnProperties.property(p, AidApplicationProcess.PROPERTY_TOTAL_LIMIT_REMINDER_WORKING_DAYS))
			.orElse(null));
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
	ExecutionListener aidCaseClosedListener(AidCaseActions actions, java.util.List<AidProcessEndListener> others) {
		return execution -> {
			// the review, the spot check and temporary assistance close their own cases
			String processKey = processKey(execution);
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
