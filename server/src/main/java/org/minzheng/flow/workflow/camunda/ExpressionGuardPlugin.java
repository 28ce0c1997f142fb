package org.minzheng.flow.workflow.camunda;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.minzheng.flow.processes.model.ExpressionAllowList;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Defence in depth at run time: whatever the console's model check let through, or
 * whatever reached the engine without it, the engine evaluates expressions through
 * {@link GuardedExpressionManager} (only what {@link ExpressionAllowList#shipped()}
 * lists), has no script engine ({@link NoScriptEngines}) and deploys no model that names
 * a Java class ({@link NoJavaClassesDeployer}). Installed before the engine initialises,
 * replacing the manager the Spring integration sets (which resolves every bean and calls
 * any method); the engine then registers its functions on ours.
 */
@Component
class ExpressionGuardPlugin extends AbstractProcessEnginePlugin {

	private final ApplicationContext context;

	ExpressionGuardPlugin(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setExpressionManager(
				new GuardedExpressionManager(new AllowListElResolver(ExpressionAllowList.shipped(), context)));
		configuration.setScriptEngineResolver(new NoScriptEngines());
		java.util.List<org.camunda.bpm.engine.impl.persistence.deploy.Deployer> deployers = new java.util.ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			deployers.addAll(configuration.getCustomPreDeployers());
		}
		deployers.add(new NoJavaClassesDeployer());
		configuration.setCustomPreDeployers(deployers);
	}

}
