package org.minzheng.flow.cemetery.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.minzheng.flow.cemetery.Campaigns;
import org.minzheng.flow.cemetery.InspectionActions;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.cemetery.CemeteryCampaignProcess;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of the three cemetery processes: each reads its variables, calls one
 * service method and writes its result. Bean names are the ones the BPMN references.
 */
@Configuration(proxyBeanMethods = false)
class CemeteryDelegates {

	@Bean(CemeteryInspectionProcess.BEAN_PREPARE_INSPECTION)
	JavaDelegate cemeteryPrepareInspectionDelegate(InspectionActions actions) {
		return execution -> {
			InspectionActions.Parties parties = actions.prepare(inspectionId(execution),
					execution.getProcessInstanceId());
			execution.setVariable(CemeteryInspectionProcess.VAR_OPERATOR_UNIT_CODE, parties.operatorUnitCode());
			execution.setVariable(CemeteryInspectionProcess.VAR_ENFORCEMENT_UNIT_CODE, parties.enforcementUnitCode());
		};
	}

	@Bean(CemeteryInspectionProcess.BEAN_REPORT_CREDIT)
	JavaDelegate cemeteryReportCreditDelegate(InspectionActions actions) {
		return execution -> actions.reportCredit(inspectionId(execution),
				execution.getProcessBusinessKey() + ":" + execution.getCurrentActivityId());
	}

	@Bean(CemeteryInspectionProcess.BEAN_ROUTE_ENFORCEMENT)
	JavaDelegate cemeteryRouteEnforcementDelegate(InspectionActions actions) {
		return execution -> actions.routeEnforcement(inspectionId(execution));
	}

	/**
	 * {@code ${cemeteryEnforcement.bodies(execution)}}: the collection of the
	 * multi-instance joint-enforcement task.
	 */
	@Bean(CemeteryInspectionProcess.BEAN_ENFORCEMENT)
	CemeteryEnforcementBodies cemeteryEnforcement(InspectionActions actions) {
		return new CemeteryEnforcementBodies(actions);
	}

	@Bean(CemeteryInspectionProcess.BEAN_ESCALATE_OVERDUE)
	JavaDelegate cemeteryEscalateOverdueDelegate(InspectionActions actions) {
		return execution -> actions.escalateOverdue(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
				(String) execution.getVariableLocal(ProcessConventions.VAR_OVERDUE_TASK_KEY));
	}

	@Bean(CemeteryCampaignProcess.BEAN_COMPILE_SUMMARY)
	JavaDelegate cemeteryCompileSummaryDelegate(Campaigns campaigns) {
		return execution -> campaigns.compileSummary(campaignId(execution));
	}

	@Bean(CemeteryCampaignProcess.BEAN_PUBLISH_RESULTS)
	JavaDelegate cemeteryPublishResultsDelegate(Campaigns campaigns) {
		return execution -> campaigns.publish(campaignId(execution));
	}

	@Bean(CemeteryCampaignProcess.BEAN_OPEN_CAMPAIGNS)
	JavaDelegate cemeteryOpenCampaignsDelegate(Campaigns campaigns) {
		return execution -> campaigns.openDue();
	}

	@Bean(CemeteryInspectionProcess.BEAN_CASE_CLOSED_LISTENER)
	ExecutionListener cemeteryCaseClosedListener(InspectionActions actions, Campaigns campaigns) {
		return execution -> {
			switch (execution.getCurrentActivityId()) {
				case CemeteryInspectionProcess.END_EVENT_QUALIFIED, CemeteryInspectionProcess.END_EVENT_UNQUALIFIED,
						CemeteryInspectionProcess.END_EVENT_RECTIFICATION_PENDING ->
					actions.closed(inspectionId(execution), execution.getCurrentActivityId());
				case CemeteryCampaignProcess.END_EVENT_CAMPAIGN_CLOSED -> campaigns.closed(campaignId(execution));
				default -> {
					// the yearly timer's end: nothing to close
				}
			}
		};
	}

	/**
	 * {@code ${cemeteryInspections.ids(execution)}} and
	 * {@code ${cemeteryInspections.numberOf(inspectionId)}} of the campaign's call
	 * activity.
	 */
	@Bean(CemeteryCampaignProcess.BEAN_INSPECTIONS)
	CemeteryCampaignInspections cemeteryInspections(Campaigns campaigns) {
		return new CemeteryCampaignInspections(campaigns);
	}

	static long inspectionId(DelegateExecution execution) {
		return ((Number) execution.getVariable(CemeteryInspectionProcess.VAR_INSPECTION_ID)).longValue();
	}

	static long campaignId(DelegateExecution execution) {
		return ((Number) execution.getVariable(CemeteryCampaignProcess.VAR_CAMPAIGN_ID)).longValue();
	}

}
