package org.minzheng.flow.charity;

import java.util.Optional;

import org.minzheng.flow.inbox.CaseSummaries;
import org.minzheng.flow.processes.charity.CharityFundraisingProcess;
import org.minzheng.flow.processes.charity.CharityRecognitionProcess;
import org.minzheng.flow.processes.charity.CharityTrustFilingProcess;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * What the inbox shows for a charity case: the organisation, or the trust, in place of an
 * applicant; the competent unit is the bureau that decides (a trustee's supplement task
 * is offered to the trustee through its candidate group).
 */
@Component
class CharityCaseSummaries implements CaseSummaries {

	@Override
	public BusinessLine line() {
		return BusinessLine.CHARITY;
	}

	private final CharityMapper charities;

	CharityCaseSummaries(CharityMapper charities) {
		this.charities = charities;
	}

	@Override
	public boolean handles(String processKey) {
		return CharityRecognitionProcess.PROCESS_KEY.equals(processKey)
				|| CharityFundraisingProcess.PROCESS_KEY.equals(processKey)
				|| CharityTrustFilingProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public Optional<CaseSummary> summary(String businessKey) {
		Recognition recognition = charities.recognitionByNo(businessKey);
		if (recognition != null) {
			return Optional.of(new CaseSummary(businessKey, recognition.registrarCode(), recognition.registrarCode(),
					recognition.organisationName(), null));
		}
		Fundraising fundraising = charities.fundraisingByNo(businessKey);
		if (fundraising != null) {
			return Optional.of(new CaseSummary(businessKey, fundraising.registrarCode(), fundraising.registrarCode(),
					charities.charity(fundraising.charityId()).name(), null));
		}
		return Optional.ofNullable(charities.filingByNo(businessKey)).map(filing -> {
			Trust trust = charities.trust(filing.trustId());
			return new CaseSummary(businessKey, trust.registrarCode(), trust.registrarCode(), trust.name(), null);
		});
	}

}
