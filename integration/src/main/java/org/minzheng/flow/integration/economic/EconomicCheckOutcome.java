package org.minzheng.flow.integration.economic;

/** The centre's overall verdict on a household. */
public enum EconomicCheckOutcome {

	/** Income and assets are within the limits of the benefit applied for. */
	WITHIN_LIMIT,

	/** Income or assets exceed the limits; the findings say whose and which. */
	EXCEEDS_LIMIT,

	/**
	 * The centre could not conclude (a data source did not answer); staff verify by hand.
	 */
	INCONCLUSIVE

}
