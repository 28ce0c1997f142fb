package org.minzheng.flow.aid.amount;

/** A 特困 person's assessed self-care level (生活自理能力), as the chain records it. */
public enum SelfCare {

	/** 全自理. */
	FULL_SELF_CARE,
	/** 半自理. */
	PARTIAL_SELF_CARE,
	/** 全护理. */
	FULL_CARE

}
