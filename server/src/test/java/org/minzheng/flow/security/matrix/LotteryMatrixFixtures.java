package org.minzheng.flow.security.matrix;

import java.util.Map;

/** Records of the lottery line for the authorisation matrix. */
class LotteryMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		return Map.of();
	}

}
