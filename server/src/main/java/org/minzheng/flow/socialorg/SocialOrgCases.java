package org.minzheng.flow.socialorg;

import java.util.Optional;

import org.minzheng.flow.socialorg.annual.AnnualReport;
import org.minzheng.flow.socialorg.annual.AnnualReportMapper;
import org.minzheng.flow.socialorg.credit.CreditListing;
import org.minzheng.flow.socialorg.credit.CreditListingMapper;
import org.minzheng.flow.socialorg.credit.CreditListings;
import org.minzheng.flow.socialorg.exit.Alteration;
import org.minzheng.flow.socialorg.exit.ExitCandidate;
import org.minzheng.flow.socialorg.exit.ExitMapper;
import org.minzheng.flow.socialorg.registration.Registration;
import org.minzheng.flow.socialorg.registration.RegistrationMapper;
import org.minzheng.flow.socialorg.spotcheck.SpotCheckItem;
import org.minzheng.flow.socialorg.spotcheck.SpotCheckMapper;
import org.springframework.stereotype.Component;

/**
 * Finds the organisation a socialorg case (registration, annual report, spot check) is
 * about.
 */
@Component
public class SocialOrgCases {

	static final String REGISTRATION_PREFIX = "SO-REG-";

	static final String REPORT_PREFIX = "SO-AR-";

	static final String SPOT_CHECK_PREFIX = "SO-SC-";

	public static final String CHANGE_PREFIX = "SO-CHG-";

	public static final String DEREGISTRATION_PREFIX = "SO-DER-";

	public static final String EXIT_PREFIX = "SO-EX-";

	private final OrganisationMapper organisations;

	private final RegistrationMapper registrations;

	private final AnnualReportMapper reports;

	private final SpotCheckMapper spotChecks;

	private final ExitMapper exits;

	private final CreditListingMapper listings;

	SocialOrgCases(OrganisationMapper organisations, RegistrationMapper registrations, AnnualReportMapper reports,
			SpotCheckMapper spotChecks, ExitMapper exits, CreditListingMapper listings) {
		this.listings = listings;
		this.exits = exits;
		this.organisations = organisations;
		this.registrations = registrations;
		this.reports = reports;
		this.spotChecks = spotChecks;
	}

	Optional<Organisation> organisationOf(String caseRef) {
		Long id = null;
		if (caseRef.startsWith(REGISTRATION_PREFIX)) {
			Registration registration = registrations.findByNo(caseRef);
			id = registration == null ? null : registration.organisationId();
		}
		else if (caseRef.startsWith(REPORT_PREFIX)) {
			AnnualReport report = reports.findByNo(caseRef);
			id = report == null ? null : report.organisationId();
		}
		else if (caseRef.startsWith(SPOT_CHECK_PREFIX)) {
			SpotCheckItem item = spotChecks.findItemByNo(caseRef);
			id = item == null ? null : item.organisationId();
		}
		else if (caseRef.startsWith(CHANGE_PREFIX) || caseRef.startsWith(DEREGISTRATION_PREFIX)) {
			Alteration alteration = exits.alterationByNo(caseRef);
			id = alteration == null ? null : alteration.organisationId();
		}
		else if (caseRef.startsWith(CreditListings.PREFIX)) {
			CreditListing listing = listings.findByNo(caseRef);
			id = listing == null ? null : listing.organisationId();
		}
		else if (caseRef.startsWith(EXIT_PREFIX)) {
			ExitCandidate candidate = exits.candidateByNo(caseRef);
			id = candidate == null ? null : candidate.organisationId();
		}
		return Optional.ofNullable(id).map(organisations::find);
	}

}
