package org.minzheng.flow.integration.population;

/** A person's household-registration (户籍) status as the population registry sees it. */
public enum HukouStatus {

	/** Registered in a Shenzhen household (深圳户籍). */
	SHENZHEN_HUKOU,

	/** Known to the registry (e.g. holds a residence permit) but registered elsewhere. */
	NON_HUKOU_RESIDENT,

	/** The registry has no such person. */
	NOT_FOUND

}
