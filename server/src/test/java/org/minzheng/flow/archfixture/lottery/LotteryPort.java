package org.minzheng.flow.archfixture.lottery;

import org.minzheng.flow.shared.FeaturePort;

/** A feature's port (fixture for FeatureBoundariesTest). */
@FeaturePort("the fixture's other feature")
public class LotteryPort {

	public record Answer(int value) {
	}

	public Answer ask() {
		return new Answer(1);
	}

}
