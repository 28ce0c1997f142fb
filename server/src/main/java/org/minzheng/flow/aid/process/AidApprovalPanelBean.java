package org.minzheng.flow.aid.process;

import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.minzheng.flow.aid.ApprovalPanels;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.springframework.stereotype.Component;

/**
 * {@code ${aidApprovalPanel.members(execution)}}: who the approval step asks — every
 * member of the approving unit's panel, each with a task of their own, or (no panel) a
 * single task offered to the unit's approvers. Read when the step starts, so a panel set
 * up later applies to approvals not yet started.
 */
@Component(AidApplicationProcess.BEAN_APPROVAL_PANEL)
public class AidApprovalPanelBean {

	private final ApprovalPanels panels;

	AidApprovalPanelBean(ApprovalPanels panels) {
		this.panels = panels;
	}

	public List<String> members(DelegateExecution execution) {
		String unit = (String) execution.getVariable(AidApplicationProcess.VAR_APPROVING_ORG_UNIT_CODE);
		String benefitType = (String) execution.getVariable(AidApplicationProcess.VAR_BENEFIT_TYPE);
		String mode = (String) execution.getVariable(AidApplicationProcess.VAR_APPROVAL_MODE);
		if (AidApplicationProcess.ApprovalMode.SINGLE.name().equals(mode)) {
			return Collections.singletonList(null);
		}
		return panels.active(unit, benefitType)
			.map(ApprovalPanels.Panel::members)
			.orElseGet(() -> Collections.singletonList(null));
	}

}
