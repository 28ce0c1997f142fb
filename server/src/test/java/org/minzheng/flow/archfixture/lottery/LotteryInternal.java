package org.minzheng.flow.archfixture.lottery;

/** A feature's internal class (fixture for FeatureBoundariesTest). */
public class LotteryInternal {

	public int count() {
		return 1;
	}

}
