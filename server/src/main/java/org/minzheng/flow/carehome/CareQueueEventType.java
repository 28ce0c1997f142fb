package org.minzheng.flow.carehome;

import java.util.Map;

import org.minzheng.flow.shared.queue.WaitlistReplay;
import org.minzheng.flow.shared.queue.WaitlistReplay.Step;

/**
 * What happened in a care home's queue; each is one row of the home's hash-chained log.
 */
public enum CareQueueEventType {

	/** The home's rules were set: detail {@code maxDeclines=N}. */
	RULES_SET(Step.RULES),
	/** An assessed elder joined: detail = the ordering key (tier, birth date, time). */
	ENTERED(Step.ENTERED),
	/** A bed became free. */
	BED_RELEASED(Step.RELEASED),
	/** A bed was offered: detail = the answer deadline. */
	OFFERED(Step.OFFERED), ACCEPTED(Step.ACCEPTED), DECLINED(Step.DECLINED),
	/** The answer deadline passed without an answer (counts as a decline). */
	EXPIRED(Step.EXPIRED),
	/** The accepted admission fell through: the bed returns to the queue. */
	ADMISSION_FAILED(Step.REOPENED),
	/** The elder moved in: the bed is filled. */
	ADMITTED(Step.FILLED),
	/** An elder left the queue: detail = the rule. */
	REMOVED(Step.REMOVED);

	/** The removal rule after {@link #ADMISSION_FAILED}. */
	public static final String ADMISSION_FAILED_RULE = "ADMISSION_FAILED";

	/** The waitlist rules of care homes: priority tiers, so a newcomer may go ahead. */
	public static final WaitlistReplay.Rules RULES = new WaitlistReplay.Rules(steps(), false, ADMISSION_FAILED_RULE);

	private final Step step;

	CareQueueEventType(Step step) {
		this.step = step;
	}

	private static Map<String, Step> steps() {
		java.util.HashMap<String, Step> steps = new java.util.HashMap<>();
		for (CareQueueEventType type : values()) {
			steps.put(type.name(), type.step);
		}
		return Map.copyOf(steps);
	}

}
