package org.minzheng.flow.aid.spotcheck.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.minzheng.flow.aid.process.AidProcessEndListener;
import org.minzheng.flow.aid.spotcheck.AidSpotCheckActions;
import org.minzheng.flow.aid.spotcheck.AidSpotCheckService;
import org.minzheng.flow.processes.aid.AidSpotCheckProcess;
import org.minzheng.flow.processes.aid.AidSpotCheckScheduleProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code AidSpotCheckScheduleProcess} and
 * {@code AidSpotCheckProcess}.
 */
@Configuration(proxyBeanMethods = false)
class AidSpotCheckDelegates {

	@Bean(AidSpotCheckScheduleProcess.BEAN_DRAW_SPOT_CHECKS)
	JavaDelegate aidDrawSpotChecksDelegate(AidSpotCheckService spotChecks) {
		return execution -> spotChecks.drawDue();
	}

	@Bean(AidSpotCheckProcess.BEAN_APPLY_CORRECTION)
	JavaDelegate aidApplySpotCheckCorrectionDelegate(AidSpotCheckActions actions) {
		return execution -> actions.applyCorrection(spotCheckId(execution));
	}

	@Bean
	AidProcessEndListener aidSpotCheckEndListener(AidSpotCheckActions actions) {
		return new AidProcessEndListener() {

			@Override
			public String processKey() {
				return AidSpotCheckProcess.PROCESS_KEY;
			}

			@Override
			public void notify(DelegateExecution execution) {
				actions.closed(spotCheckId(execution));
			}

		};
	}

	private static long spotCheckId(DelegateExecution execution) {
		return ((Number) execution.getVariable(AidSpotCheckProcess.VAR_SPOT_CHECK_ID)).longValue();
	}

}
