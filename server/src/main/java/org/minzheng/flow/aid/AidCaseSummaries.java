package org.minzheng.flow.aid;

import java.util.Optional;

import org.minzheng.flow.inbox.CaseSummaries;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * What the inbox shows and searches for a 低保/特困 case: its competent street and its
 * applicant.
 */
@Component
class AidCaseSummaries implements CaseSummaries {

	@Override
	public BusinessLine line() {
		return BusinessLine.AID;
	}

	private final AidMapper aid;

	AidCaseSummaries(AidMapper aid) {
		this.aid = aid;
	}

	@Override
	public boolean handles(String processKey) {
		return AidApplicationProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public Optional<CaseSummary> summary(String businessKey) {
		return Optional.ofNullable(aid.findByNo(businessKey)).map(application -> {
			AidMember applicant = application.applicantMemberId() == null ? null
					: aid.member(application.applicantMemberId());
			return new CaseSummary(businessKey, application.competentStreetCode(), application.districtCode(),
					applicant == null ? null : applicant.name(), applicant == null ? null : applicant.idNumber());
		});
	}

}
