package org.minzheng.flow.elderly.process;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.minzheng.flow.elderly.Allowances;
import org.minzheng.flow.elderly.Reconciliation;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of 高龄津贴: each reads its variables, calls one service method and
 * writes its result. The decision's version is read here, from the decision definitions
 * deployed with the running process version (decisionRefBinding deployment).
 */
@Configuration(proxyBeanMethods = false)
class ElderlyDelegates {

	@Bean(ElderlyAllowanceProcess.BEAN_CHECK_REGISTRIES)
	JavaDelegate elderlyCheckRegistriesDelegate(Allowances allowances) {
		return execution -> execution.setVariables(allowances.checkRegistries(allowanceId(execution),
				execution.getProcessBusinessKey() + ":" + execution.getCurrentActivityId()));
	}

	@Bean(ElderlyAllowanceProcess.BEAN_RECORD_DECISION)
	JavaDelegate elderlyRecordDecisionDelegate(Allowances allowances) {
		return execution -> {
			ElderlyAllowanceProcess.Route route = allowances.recordDecision(allowanceId(execution),
					(String) execution.getVariable(ElderlyAllowanceProcess.VAR_ELIGIBILITY),
					(Number) execution.getVariable(ElderlyAllowanceProcess.VAR_MONTHLY_AMOUNT_YUAN),
					decisionVersion(execution),
					(String) execution.getVariable(ElderlyAllowanceProcess.VAR_UNCLEAR_REASON));
			execution.setVariable(ElderlyAllowanceProcess.VAR_ROUTE, route.name());
		};
	}

	@Bean(ElderlyAllowanceProcess.BEAN_GRANT)
	JavaDelegate elderlyGrantDelegate(Allowances allowances) {
		return execution -> allowances.grant(allowanceId(execution),
				ElderlyAllowanceProcess.SERVICE_TASK_GRANT_BY_STAFF.equals(execution.getCurrentActivityId()));
	}

	@Bean(ElderlyAllowanceProcess.BEAN_CLOSE)
	JavaDelegate elderlyCloseDelegate(Allowances allowances) {
		return execution -> allowances.close(allowanceId(execution),
				ElderlyAllowanceProcess.SERVICE_TASK_CLOSE_NOT_GRANTED.equals(execution.getCurrentActivityId()));
	}

	@Bean(ElderlyAllowanceProcess.BEAN_ESCALATE_OVERDUE)
	JavaDelegate elderlyEscalateOverdueDelegate(Allowances allowances) {
		return execution -> allowances.escalateOverdue(execution.getProcessInstanceId(),
				execution.getProcessBusinessKey(),
				(String) execution.getVariableLocal(ProcessConventions.VAR_OVERDUE_TASK_KEY));
	}

	@Bean(ElderlyAllowanceProcess.BEAN_RECONCILE)
	JavaDelegate elderlyReconcileDelegate(Reconciliation reconciliation) {
		return execution -> reconciliation.reconcileOnce();
	}

	@Bean(ElderlyAllowanceProcess.BEAN_CASE_CLOSED_LISTENER)
	ExecutionListener elderlyCaseClosedListener(Allowances allowances) {
		return execution -> {
			if (execution.getVariable(ElderlyAllowanceProcess.VAR_ALLOWANCE_ID) != null) {
				allowances.closed(allowanceId(execution));
			}
		};
	}

	/**
	 * The decisions deployed with this process version, e.g.
	 * {@code Decision_ElderlyAllowance v3, Decision_ElderlyAllowanceAmount v3}.
	 */
	static String decisionVersion(DelegateExecution execution) {
		var repository = execution.getProcessEngineServices().getRepositoryService();
		String deploymentId = repository.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
		Map<String, DecisionDefinition> byKey = repository.createDecisionDefinitionQuery()
			.deploymentId(deploymentId)
			.list()
			.stream()
			.collect(Collectors.toMap(DecisionDefinition::getKey, d -> d, (a, b) -> a));
		return java.util.stream.Stream
			.of(ElderlyAllowanceProcess.DECISION_ELIGIBILITY, ElderlyAllowanceProcess.DECISION_AMOUNT)
			.map(key -> key + " v" + (byKey.containsKey(key) ? byKey.get(key).getVersion() : "?")
					+ (byKey.containsKey(key) && byKey.get(key).getVersionTag() != null
							? " (" + byKey.get(key).getVersionTag() + ")" : ""))
			.collect(Collectors.joining(", "));
	}

	static long allowanceId(DelegateExecution execution) {
		return ((Number) execution.getVariable(ElderlyAllowanceProcess.VAR_ALLOWANCE_ID)).longValue();
	}

}
