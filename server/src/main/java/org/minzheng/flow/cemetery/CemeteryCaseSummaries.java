package org.minzheng.flow.cemetery;

import java.util.Optional;

import org.minzheng.flow.inbox.CaseSummaries;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.cemetery.CemeteryCampaignProcess;
import org.minzheng.flow.processes.cemetery.CemeteryInspectionProcess;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * What the inbox shows for a cemetery case: the inspected cemetery (or the district of a
 * campaign) in place of an applicant; no personal data is involved.
 */
@Component
class CemeteryCaseSummaries implements CaseSummaries {

	@Override
	public BusinessLine line() {
		return BusinessLine.CEMETERY;
	}

	private final CemeteryMapper cemeteries;

	private final OrgDirectory orgs;

	CemeteryCaseSummaries(CemeteryMapper cemeteries, OrgDirectory orgs) {
		this.cemeteries = cemeteries;
		this.orgs = orgs;
	}

	@Override
	public boolean handles(String processKey) {
		return CemeteryInspectionProcess.PROCESS_KEY.equals(processKey)
				|| CemeteryCampaignProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public Optional<CaseSummary> summary(String businessKey) {
		Inspection inspection = cemeteries.inspectionByNo(businessKey);
		if (inspection != null) {
			Cemetery cemetery = cemeteries.cemeteryById(inspection.cemeteryId());
			return Optional.of(new CaseSummary(businessKey, inspection.districtCode(), inspection.districtCode(),
					cemetery.name(), null));
		}
		return Optional.ofNullable(cemeteries.campaignByNo(businessKey))
			.map(campaign -> new CaseSummary(businessKey, campaign.districtCode(), campaign.districtCode(),
					orgs.nameOf(campaign.districtCode()) + campaign.campaignYear() + "年公墓年检", null));
	}

}
