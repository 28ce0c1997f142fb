package org.minzheng.flow.security.matrix;

import java.util.Map;

/** Records of the cemetery line for the authorisation matrix. */
class CemeteryMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		return Map.of();
	}

}
