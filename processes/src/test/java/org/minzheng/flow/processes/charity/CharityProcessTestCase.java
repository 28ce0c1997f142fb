package org.minzheng.flow.processes.charity;

import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.minzheng.flow.processes.FeatureProcessTestCase;

/**
 * Shared set-up of the charity process tests ({@link FeatureProcessTestCase}), with a
 * mocked case-closed listener.
 */
abstract class CharityProcessTestCase extends FeatureProcessTestCase {

	static final String FORMS = "forms/charity/";

	static final String REGISTRAR = "440300";

	static final String TRUSTEE_UNIT = "CH-TR-0001";

	final ExecutionListener caseClosed = mock(ExecutionListener.class);

	CharityProcessTestCase() {
		super(CharityProcesses.BEAN_CASE_CLOSED_LISTENER, CharityProcesses.BEAN_ESCALATE_OVERDUE);
	}

	@Override
	protected ExecutionListener caseClosedListener() {
		return this.caseClosed;
	}

	static String form(String formKey) {
		return FORMS + formKey + FORM;
	}

}
