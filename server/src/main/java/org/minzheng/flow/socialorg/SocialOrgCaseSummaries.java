package org.minzheng.flow.socialorg;

import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.inbox.CaseSummaries;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.processes.socialorg.SocialOrgAnnualReportProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess;
import org.minzheng.flow.processes.socialorg.SocialOrgSpotCheckProcess;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * What the inbox shows for a socialorg case: its registrar and the organisation's name
 * (an organisation is not a person: its name is not masked data, but it is what staff
 * search by).
 */
@Component
class SocialOrgCaseSummaries implements CaseSummaries {

	@Override
	public BusinessLine line() {
		return BusinessLine.SOCIALORG;
	}

	static final Set<String> PROCESS_KEYS = Set.of(SocialOrgRegistrationProcess.PROCESS_KEY,
			SocialOrgAnnualReportProcess.PROCESS_KEY, SocialOrgSpotCheckProcess.PROCESS_KEY,
			org.minzheng.flow.processes.socialorg.SocialOrgChangeProcess.PROCESS_KEY,
			org.minzheng.flow.processes.socialorg.SocialOrgDeregistrationProcess.PROCESS_KEY,
			org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess.PROCESS_KEY);

	private final SocialOrgCases cases;

	private final OrgDirectory orgs;

	SocialOrgCaseSummaries(SocialOrgCases cases, OrgDirectory orgs) {
		this.cases = cases;
		this.orgs = orgs;
	}

	@Override
	public boolean handles(String processKey) {
		return PROCESS_KEYS.contains(processKey);
	}

	@Override
	public Optional<CaseSummary> summary(String businessKey) {
		return cases.organisationOf(businessKey).map(organisation -> {
			String district = orgs.districtOf(organisation.registrarCode())
				.map(OrgUnit::code)
				.orElse(organisation.registrarCode());
			return new CaseSummary(businessKey, organisation.registrarCode(), district, organisation.name(), null);
		});
	}

}
