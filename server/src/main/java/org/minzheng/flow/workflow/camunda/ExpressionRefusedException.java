package org.minzheng.flow.workflow.camunda;

import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.minzheng.flow.processes.model.ExpressionAllowList;

/**
 * An expression reached for something {@link ExpressionAllowList} does not list. Thrown
 * before anything runs; the engine wraps it into the evaluation's
 * {@code ProcessEngineException} ("Error while evaluating expression: … Cause: …"), so a
 * job that meets it fails into an incident and a synchronous call rolls back. The message
 * names what was refused and the class of the value, never the value itself (it may hold
 * personal data).
 */
final class ExpressionRefusedException extends ELException {

	private static final String LIST = " (not on the expression allow-list " + ExpressionAllowList.RESOURCE + ")";

	private ExpressionRefusedException(String message) {
		super("Refused: " + message + LIST);
	}

	static ExpressionRefusedException bean(String name) {
		return new ExpressionRefusedException("bean '" + name + "'");
	}

	static ExpressionRefusedException method(String bean, String method, int arity, Object base) {
		String owner = bean != null ? "bean '" + bean + "'" : "a value of " + base.getClass().getName();
		return new ExpressionRefusedException("method " + method + " with " + arity + " argument(s) on " + owner);
	}

	static ExpressionRefusedException property(Object property, Object base) {
		return new ExpressionRefusedException("property '" + property + "' of a value of " + base.getClass().getName());
	}

	static ExpressionRefusedException assignment(Object property, Object base) {
		return new ExpressionRefusedException("assignment to '" + property + "'"
				+ (base == null ? "" : " of a value of " + base.getClass().getName()));
	}

}
