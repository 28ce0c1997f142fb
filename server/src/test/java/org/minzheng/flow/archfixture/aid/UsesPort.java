package org.minzheng.flow.archfixture.aid;

import org.minzheng.flow.archfixture.lottery.LotteryPort;

/** Uses another feature through its port (fixture for FeatureBoundariesTest). */
public class UsesPort {

	public int value(LotteryPort port) {
		LotteryPort.Answer answer = port.ask();
		return answer.value();
	}

}
