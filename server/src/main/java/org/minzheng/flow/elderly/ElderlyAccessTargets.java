package org.minzheng.flow.elderly;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * A 高龄津贴 case lives at its hukou street (and so is seen by its district and the city).
 */
@Component
class ElderlyAccessTargets implements AccessTargets {

	static final String ALLOWANCE = "elderly-allowance";

	private final ElderlyMapper mapper;

	ElderlyAccessTargets(ElderlyMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(new Kind(ALLOWANCE,
				no -> Optional.ofNullable(mapper.byNo(no)).map(a -> Target.at(BusinessLine.ELDERLY, a.streetCode())),
				"ALLOWANCE_NOT_FOUND", "案件不存在或无权查看"));
	}

}
