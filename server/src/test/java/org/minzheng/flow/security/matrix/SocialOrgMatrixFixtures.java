package org.minzheng.flow.security.matrix;

import java.util.Map;

/** Records of the socialorg line for the authorisation matrix. */
class SocialOrgMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		return Map.of();
	}

}
