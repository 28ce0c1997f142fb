package org.minzheng.flow.cemetery;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.attachment.Attachments;
import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Where the annual inspection's records live for the permission check: a campaign at its
 * district (and the city above); a cemetery at its district and its operator's unit; an
 * inspection at its district, its operator's unit and, once it is 不合格 and referred, the
 * district's joint-enforcement unit ({@link Inspections#units}); evidence where its
 * inspection is.
 */
@Component
class CemeteryAccessTargets implements AccessTargets {

	static final String CAMPAIGN = "cemetery-campaign";

	static final String CEMETERY = "cemetery";

	static final String INSPECTION = "cemetery-inspection";

	static final String ATTACHMENT = "cemetery-attachment";

	private final CemeteryMapper cemeteries;

	private final Attachments attachments;

	CemeteryAccessTargets(CemeteryMapper cemeteries, Attachments attachments) {
		this.cemeteries = cemeteries;
		this.attachments = attachments;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(kind(CAMPAIGN, "CAMPAIGN_NOT_FOUND", "年度检查不存在或无权查看"),
				kind(CEMETERY, "CEMETERY_NOT_FOUND", "公墓不存在或无权查看"),
				kind(INSPECTION, "INSPECTION_NOT_FOUND", "检查案件不存在或无权查看"),
				kind(ATTACHMENT, "ATTACHMENT_NOT_FOUND", "附件不存在或无权查看"));
	}

	private Kind kind(String name, String notFoundCode, String notFoundMessage) {
		return new Kind(name, id -> find(name, id), notFoundCode, notFoundMessage);
	}

	private Optional<Target> find(String kind, String id) {
		return switch (kind) {
			case CAMPAIGN -> Optional.ofNullable(cemeteries.campaignByNo(id))
				.map(c -> Target.at(BusinessLine.CEMETERY, c.districtCode()));
			case CEMETERY -> Optional.ofNullable(cemeteries.cemetery(id))
				.map(c -> Target.at(BusinessLine.CEMETERY, c.districtCode(), c.operatorUnitCode()));
			case INSPECTION -> inspection(id);
			case ATTACHMENT -> id.matches("\\d{1,18}")
					? attachments.find(Long.parseLong(id)).flatMap(a -> inspection(a.caseRef())) : Optional.empty();
			default -> Optional.empty();
		};
	}

	private Optional<Target> inspection(String inspectionNo) {
		return Optional.ofNullable(cemeteries.inspectionByNo(inspectionNo))
			.map(i -> Target.at(BusinessLine.CEMETERY, Inspections.units(i, cemeteries)));
	}

}
