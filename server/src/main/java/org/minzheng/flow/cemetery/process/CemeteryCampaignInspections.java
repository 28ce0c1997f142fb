package org.minzheng.flow.cemetery.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.minzheng.flow.cemetery.Campaigns;

/**
 * The bean {@code cemeteryInspections} of the campaign's multi-instance call activity:
 * {@code ${cemeteryInspections.ids(execution)}} lists the campaign's inspections and
 * {@code ${cemeteryInspections.numberOf(inspectionId)}} gives each child its business
 * key.
 */
public final class CemeteryCampaignInspections {

	private final Campaigns campaigns;

	CemeteryCampaignInspections(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	public List<Long> ids(DelegateExecution execution) {
		return campaigns.inspectionIds(CemeteryDelegates.campaignId(execution));
	}

	public String numberOf(Object inspectionId) {
		return campaigns.inspectionNo(((Number) inspectionId).longValue());
	}

}
