package org.minzheng.flow.processes.socialorg;

import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.minzheng.flow.processes.FeatureProcessTestCase;

/**
 * Shared set-up of the socialorg process tests ({@link FeatureProcessTestCase}), with a
 * mocked case-closed listener.
 */
abstract class SocialOrgProcessTestCase extends FeatureProcessTestCase {

	static final String FORMS = "forms/socialorg/";

	static final String REGISTRAR = "440300";

	static final String SUPERVISORY_UNIT = "SO-SU-0001";

	final ExecutionListener caseClosed = mock(ExecutionListener.class);

	SocialOrgProcessTestCase() {
		super(SocialOrgProcesses.BEAN_CASE_CLOSED_LISTENER, SocialOrgProcesses.BEAN_ESCALATE_OVERDUE);
	}

	@Override
	protected ExecutionListener caseClosedListener() {
		return this.caseClosed;
	}

	static String form(String formKey) {
		return FORMS + formKey + FORM;
	}

}
