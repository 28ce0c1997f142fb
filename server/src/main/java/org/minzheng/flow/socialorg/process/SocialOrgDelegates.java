package org.minzheng.flow.socialorg.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.calendar.process.SlaDueDates;
import org.minzheng.flow.inbox.OverdueEscalations;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.socialorg.SocialOrgAnnualCampaignProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgAnnualReportProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgChangeProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgCreditListingProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgDeregistrationProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgProcesses;
import org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgSpotCheckProcess;
import org.minzheng.flow.socialorg.annual.AnnualCampaignTimer;
import org.minzheng.flow.socialorg.annual.AnnualReportActions;
import org.minzheng.flow.socialorg.credit.CreditListing;
import org.minzheng.flow.socialorg.credit.CreditListings;
import org.minzheng.flow.socialorg.exit.ExitActions;
import org.minzheng.flow.socialorg.registration.RegistrationActions;
import org.minzheng.flow.socialorg.registration.RegistrationStatus;
import org.minzheng.flow.socialorg.spotcheck.SpotCheckActions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of the socialorg processes: each reads its ids, calls one action and
 * writes its code result. Bean names are the ones the BPMN references.
 */
@Configuration(proxyBeanMethods = false)
class SocialOrgDelegates {

	// ---- registration ----

	@Bean(SocialOrgRegistrationProcess.BEAN_CHECK_NAME)
	JavaDelegate socialorgCheckNameDelegate(RegistrationActions actions) {
		return execution -> execution.setVariable(SocialOrgRegistrationProcess.VAR_NAME_AVAILABLE,
				actions.checkName(registrationId(execution)));
	}

	@Bean(SocialOrgRegistrationProcess.BEAN_NOTIFY_SUPPLEMENT)
	JavaDelegate socialorgNotifySupplementDelegate(RegistrationActions actions) {
		return execution -> actions.notifySupplement(registrationId(execution));
	}

	@Bean(SocialOrgRegistrationProcess.BEAN_RECORD_REFUSAL)
	JavaDelegate socialorgRecordRefusalDelegate(RegistrationActions actions) {
		return execution -> actions.recordRefusal(registrationId(execution));
	}

	@Bean(SocialOrgRegistrationProcess.BEAN_RECORD_PREPARATION_REFUSAL)
	JavaDelegate socialorgRecordPreparationRefusalDelegate(RegistrationActions actions) {
		return execution -> actions.recordPreparationRefusal(registrationId(execution));
	}

	/**
	 * 准予筹备: the preparation period's months are this process version's property; its end
	 * is the timer of the awaiting step.
	 */
	@Bean(SocialOrgRegistrationProcess.BEAN_APPROVE_PREPARATION)
	JavaDelegate socialorgApprovePreparationDelegate(RegistrationActions actions) {
		return execution -> {
			org.camunda.bpm.model.bpmn.instance.Process process = execution.getBpmnModelInstance()
				.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
				.iterator()
				.next();
			int months = Integer.parseInt(org.minzheng.flow.processes.model.BpmnProperties
				.property(process, SocialOrgRegistrationProcess.PROPERTY_PREPARATION_PERIOD_MONTHS)
				.orElseThrow(() -> new IllegalStateException("process has no preparation period")));
			execution.setVariable(SocialOrgRegistrationProcess.VAR_PREPARATION_EXPIRES_AT,
					java.util.Date.from(actions.approvePreparation(registrationId(execution), months)));
		};
	}

	@Bean(SocialOrgRegistrationProcess.BEAN_ISSUE_CERTIFICATE)
	JavaDelegate socialorgIssueCertificateDelegate(RegistrationActions actions) {
		return execution -> actions.issueCertificate(registrationId(execution),
				execution.getProcessBusinessKey() + ":" + execution.getCurrentActivityId());
	}

	@Bean(SocialOrgRegistrationProcess.BEAN_ANNOUNCE)
	JavaDelegate socialorgAnnounceRegistrationDelegate(RegistrationActions actions) {
		return execution -> actions.announce(registrationId(execution));
	}

	// ---- annual report ----

	/**
	 * The yearly timer's work: opens the configured registrars' campaigns (those not open
	 * yet).
	 */
	@Bean(SocialOrgAnnualCampaignProcess.BEAN_OPEN_CAMPAIGNS)
	JavaDelegate socialorgOpenAnnualCampaignsDelegate(AnnualCampaignTimer timer) {
		return execution -> timer.openYearly();
	}

	@Bean(SocialOrgAnnualReportProcess.BEAN_SEND_REMINDER)
	JavaDelegate socialorgSendReportReminderDelegate(AnnualReportActions actions) {
		return execution -> actions.remind(reportId(execution));
	}

	@Bean(SocialOrgAnnualReportProcess.BEAN_LIST_NOT_REPORTED)
	JavaDelegate socialorgListNotReportedDelegate(AnnualReportActions actions) {
		return execution -> actions.listNotReported(reportId(execution));
	}

	@Bean(SocialOrgAnnualReportProcess.BEAN_RECORD_ACCEPTED)
	JavaDelegate socialorgRecordReportAcceptedDelegate(AnnualReportActions actions) {
		return execution -> actions.accepted(reportId(execution));
	}

	@Bean(SocialOrgAnnualReportProcess.BEAN_ORDER_CORRECTION)
	JavaDelegate socialorgOrderReportCorrectionDelegate(AnnualReportActions actions) {
		return execution -> actions.orderCorrection(reportId(execution));
	}

	@Bean(SocialOrgAnnualReportProcess.BEAN_LIST_NOT_CORRECTED)
	JavaDelegate socialorgListNotCorrectedDelegate(AnnualReportActions actions) {
		return execution -> actions.listNotCorrected(reportId(execution));
	}

	// ---- spot check ----

	/**
	 * The rectification deadline is the awaiting step's limit in this process version.
	 */
	@Bean(SocialOrgSpotCheckProcess.BEAN_ORDER_RECTIFICATION)
	JavaDelegate socialorgOrderRectificationDelegate(SpotCheckActions actions, SlaDueDates sla) {
		return execution -> actions.orderRectification(itemId(execution),
				LocalDate.ofInstant(
						sla.due(execution, SocialOrgSpotCheckProcess.RECEIVE_TASK_AWAIT_RECTIFICATION).toInstant(),
						WorkingDayCalendar.ZONE));
	}

	@Bean(SocialOrgSpotCheckProcess.BEAN_LIST_NOT_RECTIFIED)
	JavaDelegate socialorgListNotRectifiedDelegate(SpotCheckActions actions) {
		return execution -> actions.listNotRectified(itemId(execution));
	}

	// ---- change, deregistration, revocation ----

	@Bean(SocialOrgChangeProcess.BEAN_APPLY_CHANGE)
	JavaDelegate socialorgApplyChangeDelegate(ExitActions actions) {
		return execution -> actions.applyChange(alterationId(execution));
	}

	@Bean(SocialOrgDeregistrationProcess.BEAN_DEREGISTER)
	JavaDelegate socialorgDeregisterDelegate(ExitActions actions) {
		return execution -> actions.deregister(alterationId(execution));
	}

	/**
	 * Serves the notice and says how; the announcement period is the one of the timer in
	 * this process version.
	 */
	@Bean(SocialOrgRevocationProcess.BEAN_SERVE_HEARING_NOTICE)
	JavaDelegate socialorgServeHearingNoticeDelegate(ExitActions actions, SlaDueDates sla) {
		return execution -> {
			java.time.Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
			java.time.Instant end = sla.due(execution, SocialOrgRevocationProcess.CATCH_EVENT_ANNOUNCEMENT_PERIOD_ENDED)
				.toInstant();
			int days = (int) java.time.temporal.ChronoUnit.DAYS.between(
					LocalDate.ofInstant(now, WorkingDayCalendar.ZONE),
					LocalDate.ofInstant(end, WorkingDayCalendar.ZONE));
			execution.setVariable(SocialOrgRevocationProcess.VAR_SERVICE_MODE,
					actions.serveHearingNotice(candidateId(execution), days));
		};
	}

	@Bean(SocialOrgRevocationProcess.BEAN_SERVICE_EFFECTIVE)
	JavaDelegate socialorgServiceEffectiveDelegate(ExitActions actions) {
		return execution -> actions.serviceEffective(candidateId(execution));
	}

	@Bean(SocialOrgRevocationProcess.BEAN_REVOKE)
	JavaDelegate socialorgRevokeDelegate(ExitActions actions) {
		return execution -> actions.revoke(candidateId(execution));
	}

	// ---- credit listing ----

	/** The period to answer ends with the timer of this process version. */
	@Bean(SocialOrgCreditListingProcess.BEAN_NOTIFY)
	JavaDelegate socialorgNotifyListingDelegate(CreditListings listings, SlaDueDates sla) {
		return execution -> listings.notifyOrganisation(listingId(execution),
				LocalDate.ofInstant(
						sla.due(execution, SocialOrgCreditListingProcess.CATCH_EVENT_ANSWER_PERIOD_ENDED).toInstant(),
						WorkingDayCalendar.ZONE));
	}

	@Bean(SocialOrgCreditListingProcess.BEAN_LIST)
	JavaDelegate socialorgListDelegate(CreditListings listings) {
		return execution -> listings.list(listingId(execution));
	}

	// ---- shared ----

	@Bean(SocialOrgProcesses.BEAN_ESCALATE_OVERDUE)
	JavaDelegate socialorgEscalateOverdueDelegate(OverdueEscalations escalations) {
		return execution -> escalations.escalate(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
				(String) execution.getVariableLocal(ProcessConventions.VAR_OVERDUE_TASK_KEY));
	}

	/**
	 * Closes the case the end event's process is about; the end event id gives the
	 * outcome.
	 */
	@Bean(SocialOrgProcesses.BEAN_CASE_CLOSED_LISTENER)
	ExecutionListener socialorgCaseClosedListener(RegistrationActions registrations, SpotCheckActions spotChecks,
			ExitActions exits, CreditListings listings) {
		return execution -> {
			String end = execution.getCurrentActivityId();
			switch (processKeyOf(execution)) {
				case SocialOrgRegistrationProcess.PROCESS_KEY -> {
					RegistrationStatus status = switch (end) {
						case SocialOrgRegistrationProcess.END_EVENT_REGISTERED -> RegistrationStatus.REGISTERED;
						case SocialOrgRegistrationProcess.END_EVENT_NAME_REJECTED -> RegistrationStatus.NAME_REJECTED;
						case SocialOrgRegistrationProcess.END_EVENT_CONSENT_REFUSED ->
							RegistrationStatus.CONSENT_REFUSED;
						case SocialOrgRegistrationProcess.END_EVENT_SUPPLEMENT_EXPIRED ->
							RegistrationStatus.SUPPLEMENT_EXPIRED;
						case SocialOrgRegistrationProcess.END_EVENT_NOT_ACCEPTED -> RegistrationStatus.NOT_ACCEPTED;
						case SocialOrgRegistrationProcess.END_EVENT_REFUSED -> RegistrationStatus.REFUSED;
						case SocialOrgRegistrationProcess.END_EVENT_PREPARATION_REFUSED ->
							RegistrationStatus.PREPARATION_REFUSED;
						case SocialOrgRegistrationProcess.END_EVENT_PREPARATION_LAPSED ->
							RegistrationStatus.PREPARATION_LAPSED;
						default -> null;
					};
					if (status != null) {
						registrations.closed(registrationId(execution), status);
					}
				}
				case SocialOrgSpotCheckProcess.PROCESS_KEY -> {
					String result = switch (end) {
						case SocialOrgSpotCheckProcess.END_EVENT_NO_FINDINGS -> "NO_FINDINGS";
						case SocialOrgSpotCheckProcess.END_EVENT_RECTIFIED -> "RECTIFIED";
						case SocialOrgSpotCheckProcess.END_EVENT_NOT_RECTIFIED -> "NOT_RECTIFIED";
						default -> null;
					};
					if (result != null) {
						spotChecks.publish(itemId(execution), result);
					}
				}
				case SocialOrgChangeProcess.PROCESS_KEY, SocialOrgDeregistrationProcess.PROCESS_KEY -> {
					String status = switch (end) {
						case SocialOrgChangeProcess.END_EVENT_CHANGED -> "CHANGED";
						case SocialOrgDeregistrationProcess.END_EVENT_DEREGISTERED -> "DEREGISTERED";
						case SocialOrgChangeProcess.END_EVENT_CONSENT_REFUSED -> "CONSENT_REFUSED";
						default -> "REFUSED";
					};
					exits.alterationClosed(alterationId(execution), status);
				}
				case SocialOrgCreditListingProcess.PROCESS_KEY ->
					listings.closed(listingId(execution), SocialOrgCreditListingProcess.END_EVENT_LISTED.equals(end)
							? CreditListing.LISTED : CreditListing.DROPPED);
				case SocialOrgRevocationProcess.PROCESS_KEY -> exits.exitClosed(candidateId(execution),
						SocialOrgRevocationProcess.END_EVENT_REVOKED.equals(end) ? "REVOKED" : "DROPPED");
				default -> {
					// the annual report closes its case in its service tasks; its
					// reminder and deadline tokens, and the yearly campaign timer's
					// instance, end without closing anything
				}
			}
		};
	}

	/** Process definition ids are generated, so the key comes from the deployed model. */
	private static String processKeyOf(DelegateExecution execution) {
		org.camunda.bpm.model.xml.instance.ModelElementInstance element = execution.getBpmnModelElementInstance();
		while (element != null && !(element instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
			element = element.getParentElement();
		}
		return element == null ? "" : element.getAttributeValue("id");
	}

	private static long registrationId(DelegateExecution execution) {
		return ((Number) execution.getVariable(SocialOrgRegistrationProcess.VAR_REGISTRATION_ID)).longValue();
	}

	private static long reportId(DelegateExecution execution) {
		return ((Number) execution.getVariable(SocialOrgAnnualReportProcess.VAR_REPORT_ID)).longValue();
	}

	private static long alterationId(DelegateExecution execution) {
		return ((Number) execution.getVariable(SocialOrgChangeProcess.VAR_ALTERATION_ID)).longValue();
	}

	private static long candidateId(DelegateExecution execution) {
		return ((Number) execution.getVariable(SocialOrgRevocationProcess.VAR_CANDIDATE_ID)).longValue();
	}

	private static long listingId(DelegateExecution execution) {
		return ((Number) execution.getVariable(SocialOrgCreditListingProcess.VAR_LISTING_ID)).longValue();
	}

	private static long itemId(DelegateExecution execution) {
		return ((Number) execution.getVariable(SocialOrgSpotCheckProcess.VAR_ITEM_ID)).longValue();
	}

}
