package org.minzheng.flow.aid;

import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.attachment.Attachments;
import org.minzheng.flow.security.AccessTargets;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.shared.ApiException;
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
	public Set<String> kinds() {
		return Set.of("aid-application", "aid-attachment");
	}

	@Override
	public Optional<Target> find(String kind, String id) {
		String applicationNo = id;
		if ("aid-attachment".equals(kind)) {
			if (!id.matches("\\d{1,18}")) {
				return Optional.empty();
			}
			applicationNo = attachments.find(Long.parseLong(id)).map(a -> a.caseRef()).orElse(null);
		}
		AidApplication application = applicationNo == null ? null : aid.findByNo(applicationNo);
		return Optional.ofNullable(application)
			.map(a -> Target.at(BusinessLine.AID, a.competentStreetCode(), a.intakeStreetCode()));
	}

	@Override
	public ApiException notFound(String kind) {
		return "aid-attachment".equals(kind) ? ApiException.notFound("ATTACHMENT_NOT_FOUND", "附件不存在或无权查看")
				: ApiException.notFound("APPLICATION_NOT_FOUND", "申请不存在或无权查看");
	}

}
