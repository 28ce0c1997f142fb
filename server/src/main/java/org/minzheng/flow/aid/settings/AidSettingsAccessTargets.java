package org.minzheng.flow.aid.settings;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Where a district's figures live for the permission check: to read them, the district
 * and its streets (a street's staff need to know their limits); to change them, the
 * district alone (its administrators and the city's). Anything not a district answers 404
 * as a district outside one's scope does.
 */
@Component
class AidSettingsAccessTargets implements AccessTargets {

	private final OrgDirectory orgs;

	AidSettingsAccessTargets(OrgDirectory orgs) {
		this.orgs = orgs;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(new Kind("aid-settings", this::readers, "DISTRICT_NOT_FOUND", "没有该区或无权查看"),
				new Kind("aid-settings-admin", this::administrators, "DISTRICT_NOT_FOUND", "没有该区或无权查看"));
	}

	private Optional<Target> readers(String code) {
		return district(code).map(d -> Target.at(BusinessLine.AID, orgs.withDescendants(d.code())));
	}

	private Optional<Target> administrators(String code) {
		return district(code).map(d -> Target.at(BusinessLine.AID, d.code()));
	}

	private Optional<OrgUnit> district(String code) {
		return code != null && code.matches("\\d{6}") ? orgs.find(code).filter(OrgUnit::isDistrict) : Optional.empty();
	}

}
