package org.minzheng.flow.security.matrix;

import java.util.Map;

/** Records of the charity line for the authorisation matrix. */
class CharityMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		return Map.of();
	}

}
