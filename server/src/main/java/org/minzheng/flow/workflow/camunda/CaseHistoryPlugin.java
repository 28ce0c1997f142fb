package org.minzheng.flow.workflow.camunda;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Registers {@link CaseHistoryLevel} before the engine initialises, so that
 * {@code camunda.bpm.history-level: minzheng} names it.
 */
@Component
class CaseHistoryPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryLevel> levels = new ArrayList<>();
		if (configuration.getCustomHistoryLevels() != null) {
			levels.addAll(configuration.getCustomHistoryLevels());
		}
		levels.add(CaseHistoryLevel.INSTANCE);
		configuration.setCustomHistoryLevels(levels);
	}

}
