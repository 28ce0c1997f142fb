package org.minzheng.flow.cemetery;

import java.util.List;

import org.minzheng.flow.inbox.StartedCases;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.StaffUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 我发起: the campaigns a district administrator opened. */
@Component
class CemeteryStartedCases implements StartedCases {

	private final CemeteryMapper cemeteries;

	private final OrgDirectory orgs;

	CemeteryStartedCases(CemeteryMapper cemeteries, OrgDirectory orgs) {
		this.cemeteries = cemeteries;
		this.orgs = orgs;
	}

	@Override
	@Transactional(readOnly = true)
	public CasePage startedBy(StaffUser user, int page, int size) {
		List<CaseSummary> items = cemeteries.campaignsOpenedBy(user.username(), page * size, size)
			.stream()
			.map(c -> new CaseSummary(c.campaignNo(), "CEMETERY_CAMPAIGN",
					orgs.nameOf(c.districtCode()) + c.campaignYear() + "年公墓年检", null, c.districtCode(),
					orgs.nameOf(c.districtCode()), null, null, c.status().name(), c.cityDecision(), c.openedBy(),
					c.openedAt(), c.closedAt()))
			.toList();
		return new CasePage(items, countStartedBy(user), page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public long countStartedBy(StaffUser user) {
		return cemeteries.countCampaignsOpenedBy(user.username());
	}

}
