package org.minzheng.flow.aid.temporary;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Where a temporary-assistance case and a street's reserve fund live for the permission
 * check: at the street.
 */
@Component
class TemporaryAccessTargets implements AccessTargets {

	private final TemporaryMapper cases;

	private final OrgDirectory orgs;

	TemporaryAccessTargets(TemporaryMapper cases, OrgDirectory orgs) {
		this.cases = cases;
		this.orgs = orgs;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(new Kind("aid-temporary", this::temporaryCase, "TEMPORARY_CASE_NOT_FOUND", "临时救助案件不存在或无权查看"),
				new Kind("aid-reserve-fund", this::fund, "RESERVE_FUND_NOT_FOUND", "备用金账户不存在或无权查看"));
	}

	private Optional<Target> temporaryCase(String caseNo) {
		return Optional.ofNullable(caseNo)
			.filter(no -> no.startsWith(TemporaryAssistanceService.PREFIX))
			.map(cases::findByNo)
			.map(c -> Target.at(BusinessLine.AID, c.streetCode()));
	}

	private Optional<Target> fund(String streetCode) {
		return orgs.find(streetCode).filter(OrgUnit::isStreet).map(s -> Target.at(BusinessLine.AID, s.code()));
	}

}
