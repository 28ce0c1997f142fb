package org.minzheng.flow.processes.lottery;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.minzheng.flow.processes.FeatureProcessTestCase;

/**
 * Shared set-up of the lottery process tests ({@link FeatureProcessTestCase}); the
 * case-closed listener records the end events it was called from. Subclasses deploy their
 * process with its forms.
 */
abstract class LotteryProcessTestCase extends FeatureProcessTestCase {

	static final String FORMS = "forms/lottery/";

	static final String DISTRICT = "440308";

	/** The unit of the city welfare lottery issuing centre. */
	static final String CITY = "440300";

	final ClosedCases closed = new ClosedCases();

	LotteryProcessTestCase() {
		super(LotteryApplicationProcess.BEAN_CASE_CLOSED_LISTENER, LotteryApplicationProcess.BEAN_ESCALATE_OVERDUE);
	}

	@Override
	protected ExecutionListener caseClosedListener() {
		return this.closed;
	}

	/**
	 * Stand-in for {@code lotteryCaseClosedListener}: the end events it was called from.
	 */
	public static final class ClosedCases implements ExecutionListener {

		final List<String> endEventIds = new ArrayList<>();

		@Override
		public void notify(DelegateExecution execution) {
			this.endEventIds.add(execution.getCurrentActivityId());
		}

	}

}
