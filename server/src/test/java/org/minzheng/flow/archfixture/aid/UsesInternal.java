package org.minzheng.flow.archfixture.aid;

import org.minzheng.flow.archfixture.lottery.LotteryInternal;

/** Reaches into another feature's internals (fixture for FeatureBoundariesTest). */
public class UsesInternal {

	public int value() {
		return new LotteryInternal().count();
	}

}
