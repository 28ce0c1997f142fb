package org.minzheng.flow.cemetery.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.minzheng.flow.cemetery.InspectionActions;

/**
 * The bean {@code cemeteryEnforcement} of the inspection's multi-instance
 * joint-enforcement task: {@code ${cemeteryEnforcement.bodies(execution)}} lists the unit
 * codes the unqualified cemetery was referred to (by
 * {@code ServiceTask_RouteEnforcement}), one task instance each.
 */
public final class CemeteryEnforcementBodies {

	private final InspectionActions actions;

	CemeteryEnforcementBodies(InspectionActions actions) {
		this.actions = actions;
	}

	public List<String> bodies(DelegateExecution execution) {
		return actions.referredUnits(CemeteryDelegates.inspectionId(execution));
	}

}
