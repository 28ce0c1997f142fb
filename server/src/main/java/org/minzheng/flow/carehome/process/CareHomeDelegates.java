package org.minzheng.flow.carehome.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.minzheng.flow.carehome.CareHomeApplications;
import org.minzheng.flow.processes.elderly.ElderlyCareHomeOfferProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegate of the care-home bed offer process: at the answer deadline the offer
 * lapses, by the system, unless it was answered first. The process's end events notify
 * the elderly line's case-closed listener, which has nothing to do for an offer (the
 * queue recorded each answer when it was given). Bean names are the ones the BPMN
 * references.
 */
@Configuration(proxyBeanMethods = false)
class CareHomeDelegates {

	@Bean(ElderlyCareHomeOfferProcess.BEAN_LAPSE)
	JavaDelegate elderlyCareHomeLapseDelegate(CareHomeApplications applications) {
		return execution -> applications
			.lapse(((Number) execution.getVariable(ElderlyCareHomeOfferProcess.VAR_OFFER_ID)).longValue());
	}

}
