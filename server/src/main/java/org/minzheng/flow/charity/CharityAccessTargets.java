package org.minzheng.flow.charity;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Where a charity record lives for the permission check, as the services draw it: a
 * recognition or a public-fundraising application at the registrar that decides it (the
 * city's charity section covers the districts' registrars below it); a charitable trust
 * and each of its filings at the bureau it is filed with and at its current trustee (a
 * former trustee no longer reaches it).
 */
@Component
class CharityAccessTargets implements AccessTargets {

	static final String RECOGNITION = "charity-recognition";

	static final String FUNDRAISING = "charity-fundraising";

	static final String TRUST = "charity-trust";

	static final String FILING = "charity-filing";

	private final CharityMapper charities;

	CharityAccessTargets(CharityMapper charities) {
		this.charities = charities;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(kind(RECOGNITION, "RECOGNITION_NOT_FOUND", "认定申请不存在或无权查看"),
				kind(FUNDRAISING, "FUNDRAISING_NOT_FOUND", "公开募捐资格申请不存在或无权查看"),
				kind(TRUST, "TRUST_NOT_FOUND", "慈善信托不存在或无权查看"), kind(FILING, "FILING_NOT_FOUND", "备案不存在或无权查看"));
	}

	private Kind kind(String name, String notFoundCode, String notFoundMessage) {
		return new Kind(name, id -> find(name, id), notFoundCode, notFoundMessage);
	}

	private Optional<Target> find(String kind, String id) {
		return switch (kind) {
			case RECOGNITION -> Optional.ofNullable(charities.recognitionByNo(id))
				.map(r -> Target.at(BusinessLine.CHARITY, r.registrarCode()));
			case FUNDRAISING -> Optional.ofNullable(charities.fundraisingByNo(id))
				.map(f -> Target.at(BusinessLine.CHARITY, f.registrarCode()));
			case TRUST -> Optional.ofNullable(charities.trustByNo(id)).map(CharityAccessTargets::of);
			case FILING -> Optional.ofNullable(charities.filingByNo(id))
				.map(f -> charities.trust(f.trustId()))
				.map(CharityAccessTargets::of);
			default -> Optional.empty();
		};
	}

	private static Target of(Trust trust) {
		return Target.at(BusinessLine.CHARITY, trust.registrarCode(), trust.trusteeUnitCode());
	}

}
