package org.minzheng.flow.carehome;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Where the care-home waitlist's records live for the permission check: a home at its
 * district, an application at the street (unit) that registered it, so the district and
 * the city above read it; an offer of a bed where its elder's application lives.
 */
@Component
class CareHomeAccessTargets implements AccessTargets {

	static final String HOME = "carehome-home";

	static final String APPLICATION = "carehome-application";

	static final String OFFER = "carehome-offer";

	private final CareHomeMapper rows;

	CareHomeAccessTargets(CareHomeMapper rows) {
		this.rows = rows;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(
				new Kind(HOME,
						id -> Optional.ofNullable(rows.home(id))
							.map(h -> Target.at(BusinessLine.ELDERLY, h.districtCode())),
						"CARE_HOME_NOT_FOUND", "养老机构不存在或无权查看"),
				new Kind(APPLICATION,
						id -> Optional.ofNullable(rows.applicationByNo(id))
							.map(a -> Target.at(BusinessLine.ELDERLY, a.unitCode())),
						"CARE_APPLICATION_NOT_FOUND", "入住申请不存在或无权查看"),
				new Kind(OFFER,
						id -> Optional.ofNullable(rows.offerByNo(id))
							.map(o -> rows.application(rows.entry(o.entryId()).applicationId()))
							.map(a -> Target.at(BusinessLine.ELDERLY, a.unitCode())),
						"CARE_OFFER_NOT_FOUND", "床位通知不存在或无权查看"));
	}

}
