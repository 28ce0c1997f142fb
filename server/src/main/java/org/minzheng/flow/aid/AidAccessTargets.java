package org.minzheng.flow.aid;

import java.util.List;
import java.util.Optional;

import org.minzheng.flow.attachment.Attachments;
import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Where a 低保/特困 case lives for the permission check: its competent street and the street
 * whose window took it in; an attachment lives where its case does.
 */
@Component
class AidAccessTargets implements AccessTargets {

	private final AidMapper aid;

	private final Attachments attachments;

	AidAccessTargets(AidMapper aid, Attachments attachments) {
		this.aid = aid;
		this.attachments = attachments;
	}

	@Override
	public List<Kind> kinds() {
		return List.of(new Kind("aid-application", this::application, "APPLICATION_NOT_FOUND", "申请不存在或无权查看"),
				new Kind("aid-attachment", this::attachment, "ATTACHMENT_NOT_FOUND", "附件不存在或无权查看"));
	}

	private Optional<Target> application(String applicationNo) {
		return Optional.ofNullable(aid.findByNo(applicationNo))
			.map(a -> Target.at(BusinessLine.AID, a.competentStreetCode(), a.intakeStreetCode()));
	}

	private Optional<Target> attachment(String id) {
		return id.matches("\\d{1,18}") ? attachments.find(Long.parseLong(id)).flatMap(a -> application(a.caseRef()))
				: Optional.empty();
	}

}
