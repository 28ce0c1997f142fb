package org.minzheng.flow.cases;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Where a case lives, from the case index: its line and its competent (and second) unit.
 */
@Component
class CaseAccessTargets implements AccessTargets {

	private final CaseIndexMapper index;

	CaseAccessTargets(CaseIndexMapper index) {
		this.index = index;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(new Kind("case", this::find, "CASE_NOT_FOUND", "案件不存在或无权查看"));
	}

	private Optional<Target> find(String caseNo) {
		CaseIndexMapper.Place found = index.find(caseNo);
		if (found == null) {
			return Optional.empty();
		}
		return BusinessLine.of(found.line()).map(line -> Target.at(line, found.unitCode(), found.otherUnitCode()));
	}

}
