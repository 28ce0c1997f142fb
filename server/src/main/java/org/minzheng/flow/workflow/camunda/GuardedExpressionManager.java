package org.minzheng.flow.workflow.camunda;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.minzheng.flow.processes.model.ExpressionAllowList;

/**
 * The engine's expression manager: the engine's own JUEL manager with a resolver chain
 * that reaches only what {@link ExpressionAllowList} lists, so that a model deployed past
 * the console's model check (through the engine API, or into the database) still cannot
 * reflect or reach the engine's services. Every expression the engine evaluates goes
 * through it: conditions, delegate expressions, listeners, timers, due dates, candidate
 * groups, multi-instance collections, and (through {@code toElProvider()}, which the
 * engine hands to the DMN engine) JUEL in decisions.
 * <p>
 * The chain, in order: the execution, task and process variables (the engine's
 * {@link VariableScopeElResolver}; a variable wins over a bean of the same name as
 * before); a decision's variables ({@link VariableContextElResolver}); the listed beans,
 * methods and the refusal of everything else ({@link AllowListElResolver}); read-only
 * look-ups in arrays, lists and maps. Left out, compared with Spring's manager: the
 * resolver of every bean in the context, the bean resolver that calls any public method
 * or getter of any value, the engine's test mocks and process-application resolvers; no
 * static fields or class imports are ever resolved.
 * <p>
 * The engine's functions stay: {@code now()}, {@code dateTime()}, {@code currentUser()},
 * {@code currentUserGroups()} read the clock and the signed-in user and take no argument
 * that could name code; a method called on what they return is refused like any other.
 */
final class GuardedExpressionManager extends JuelExpressionManager {

	private final AllowListElResolver allowList;

	GuardedExpressionManager(AllowListElResolver allowList) {
		this.allowList = allowList;
	}

	@Override
	protected ELResolver createElResolver() {
		CompositeELResolver resolver = new CompositeELResolver();
		resolver.add(new VariableScopeElResolver());
		resolver.add(new VariableContextElResolver());
		resolver.add(allowList);
		resolver.add(new ArrayELResolver(true));
		resolver.add(new ListELResolver(true));
		resolver.add(new MapELResolver(true));
		return resolver;
	}

}
