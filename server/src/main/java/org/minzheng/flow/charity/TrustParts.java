package org.minzheng.flow.charity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The parts of a trust's record besides the trust itself. */
public final class TrustParts {

	private TrustParts() {
	}

	/** 委托人: a person or an organisation. */
	public record Settlor(int seq, String name, String settlorType) {
	}

	/**
	 * 信托财产: cash, or non-cash (real estate, equity, other) with how it was transferred
	 * and the evidence of it.
	 */
	public record Asset(int seq, String assetType, String description, BigDecimal valueYuan, String transferMethod,
			String transferEvidence) {
	}

	/** A trustee the trust had, from and until when, and the filing that recorded it. */
	public record TrusteeTerm(int seq, String trusteeUnitCode, String trusteeName, LocalDate fromOn, LocalDate untilOn,
			String filingNo) {
	}

	/** A trustee that may file: a charity or a trust company. */
	public record Trustee(String unitCode, String name, String uscc, String trusteeType) {
	}

}
