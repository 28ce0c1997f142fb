package org.minzheng.flow.elderly;

import java.util.Set;

import org.minzheng.flow.shared.StatusFlow;

/**
 * Where a 高龄津贴 case stands. A case is opened by the registry ({@link #RECEIVED}), decided
 * by the rule or by the street's clerk, and a granted allowance ends when the resident
 * dies, moves the hukou out of the city or refuses it.
 */
public enum AllowanceStatus implements StatusFlow<AllowanceStatus> {

	/** 已接收: the registry's message opened the case; the rule has not decided yet. */
	RECEIVED("已接收", "Received"),
	/** 待人工核实: something is unclear; the street's clerk decides. */
	PENDING_STAFF("待人工核实", "Pending staff check"),
	/** 发放中. */
	GRANTED("发放中", "Granted"),
	/** 不符合条件 (by the rule). */
	NOT_ELIGIBLE("不符合条件", "Not eligible"),
	/** 不予发放 (by the clerk). */
	NOT_GRANTED("不予发放", "Not granted"),
	/** 停发: death or hukou moved out. */
	STOPPED("已停发", "Stopped"),
	/** 本人放弃. */
	REFUSED("本人放弃", "Refused by the resident");

	private final String labelZh;

	private final String labelEn;

	AllowanceStatus(String labelZh, String labelEn) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
	}

	public String labelZh() {
		return labelZh;
	}

	public String labelEn() {
		return labelEn;
	}

	/** Whether the case is still being decided. */
	public boolean pending() {
		return this == RECEIVED || this == PENDING_STAFF;
	}

	@Override
	public boolean canMoveTo(AllowanceStatus next) {
		return switch (this) {
			case RECEIVED -> Set.of(PENDING_STAFF, GRANTED, NOT_ELIGIBLE, STOPPED).contains(next);
			case PENDING_STAFF -> Set.of(GRANTED, NOT_GRANTED, STOPPED, REFUSED).contains(next);
			case GRANTED -> Set.of(STOPPED, REFUSED).contains(next);
			case NOT_ELIGIBLE, NOT_GRANTED, STOPPED, REFUSED -> false;
		};
	}

}
