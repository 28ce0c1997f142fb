package org.minzheng.flow.cases;

import java.util.Optional;

import org.minzheng.flow.inbox.CaseSummaries;
import org.springframework.stereotype.Component;

/**
 * The inbox's view of a case, from the feature that owns the number: the same entry the
 * case index holds.
 */
@Component
class InboxCaseSummaries implements CaseSummaries {

	private final CaseIndex index;

	InboxCaseSummaries(CaseIndex index) {
		this.index = index;
	}

	@Override
	public Optional<CaseSummary> summary(String caseRef) {
		return index.featureOf(caseRef)
			.flatMap(feature -> feature.entry(caseRef)
				.map(e -> new CaseSummary(caseRef, feature.line(), e.unitCode(), e.districtCode(), e.partyName(),
						e.partyId())));
	}

}
