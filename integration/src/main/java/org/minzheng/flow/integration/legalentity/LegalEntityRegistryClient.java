package org.minzheng.flow.integration.legalentity;

/**
 * The legal-entity registry (法人库) as the registration chain uses it. Synchronous.
 */
public interface LegalEntityRegistryClient {

	/**
	 * Assigns the unified social credit code of a social organisation the registrar has
	 * just approved. Asking again with the same idempotency key returns the same code.
	 * @param request who is registered, where, of which type
	 * @param idempotencyKey business key + ":" + activity id
	 * @return the assigned code, checked to be a valid civil-affairs USCC of the type
	 * @throws org.minzheng.flow.integration.RegistryException subtypes when the registry
	 * fails
	 */
	CodeAssignment assignCode(CodeRequest request, String idempotencyKey);

	/**
	 * @param registrarRegionCode six-digit administrative region of the registrar (e.g.
	 * 440300)
	 * @param organisationType the organisation type
	 * @param name the registered name
	 */
	record CodeRequest(String registrarRegionCode, OrganisationType organisationType, String name) {

		public CodeRequest {
			if (registrarRegionCode == null || !registrarRegionCode.matches("\\d{6}")) {
				throw new IllegalArgumentException("registrarRegionCode must be six digits");
			}
			if (organisationType == null || name == null || name.isBlank()) {
				throw new IllegalArgumentException("organisationType and name are required");
			}
		}

	}

	/** The assigned code. */
	record CodeAssignment(String uscc) {

		public CodeAssignment {
			if (!Gb32100.isValid(uscc)) {
				throw new IllegalArgumentException("not a valid unified social credit code");
			}
		}

	}

	/**
	 * Social organisation types and their GB 32100 authority+type prefix (civil affairs
	 * 5).
	 */
	enum OrganisationType {

		/** 社会团体. */
		ASSOCIATION("51"),
		/** 社会服务机构（民办非企业单位）. */
		SOCIAL_SERVICE("52"),
		/** 基金会. */
		FOUNDATION("53");

		private final String prefix;

		OrganisationType(String prefix) {
			this.prefix = prefix;
		}

		public String prefix() {
			return prefix;
		}

	}

}
