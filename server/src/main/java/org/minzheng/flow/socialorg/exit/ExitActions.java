package org.minzheng.flow.socialorg.exit;

import java.time.Clock;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.minzheng.flow.socialorg.registration.RegistrationMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the change, deregistration and revocation processes' service tasks and end events
 * do to the organisation.
 */
@Service
public class ExitActions {

	private final ExitMapper exits;

	private final OrganisationMapper organisations;

	private final RegistrationMapper registrations;

	private final AuditTrail audit;

	private final Clock clock;

	ExitActions(ExitMapper exits, OrganisationMapper organisations, RegistrationMapper registrations, AuditTrail audit,
			Clock clock) {
		this.exits = exits;
		this.organisations = organisations;
		this.registrations = registrations;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void applyChange(long alterationId) {
		Alteration alteration = exits.alteration(alterationId);
		Organisation organisation = organisations.find(alteration.organisationId());
		if (exits.applyChange(organisation.id(), alteration.newDomicile(), alteration.newLegalRepName(),
				org.minzheng.flow.shared.SealedText.valueOf(alteration.newLegalRepId()),
				java.time.LocalDate.now(clock)) == 0) {
			throw new IllegalStateException("organisation " + organisation.id() + " is no longer registered");
		}
		audit.recordSystem(organisation.registrarCode(), alteration.alterationNo(), "SOCIALORG_CHANGED",
				"变更登记：" + (alteration.newDomicile() == null ? "" : "住所变更为 " + alteration.newDomicile() + "；")
						+ (alteration.newLegalRepName() == null ? "" : "法定代表人变更"),
				null);
	}

	@Transactional
	public void deregister(long alterationId) {
		Alteration alteration = exits.alteration(alterationId);
		end(alteration.organisationId(), "DEREGISTERED", alteration.alterationNo(), "注销登记公告：", "准予注销登记");
	}

	@Transactional
	public void alterationClosed(long alterationId, String status) {
		Alteration alteration = exits.alteration(alterationId);
		exits.closeAlteration(alterationId, status, clock.instant());
		Organisation organisation = organisations.find(alteration.organisationId());
		audit.recordSystem(organisation.registrarCode(), alteration.alterationNo(), "SOCIALORG_CASE_CLOSED",
				"办结：" + status, null);
	}

	@Transactional
	public void serveHearingNotice(long candidateId) {
		ExitCandidate candidate = exits.candidate(candidateId);
		Organisation organisation = organisations.find(candidate.organisationId());
		registrations.insertAnnouncement("HEARING_NOTICE", organisation.id(), organisation.registrarCode(),
				candidate.caseNo(),
				"撤销登记听证告知：" + organisation.name() + "（" + reason(candidate.reason()) + "），可在告知之日起 5 日内申请听证。",
				clock.instant());
		audit.recordSystem(organisation.registrarCode(), candidate.caseNo(), "SOCIALORG_HEARING_NOTICE_SERVED",
				"送达（公告）听证告知书", null);
	}

	@Transactional
	public void revoke(long candidateId) {
		ExitCandidate candidate = exits.candidate(candidateId);
		end(candidate.organisationId(), "REVOKED", candidate.caseNo(), "撤销登记公告：", reason(candidate.reason()));
	}

	@Transactional
	public void exitClosed(long candidateId, String status) {
		exits.moveCandidate(candidateId, "IN_PROGRESS", status);
	}

	private void end(long organisationId, String to, String caseRef, String announcement, String reason) {
		Organisation organisation = organisations.find(organisationId);
		if (exits.endRegistration(organisationId, to) == 0) {
			return;
		}
		registrations.insertAnnouncement(to, organisationId, organisation.registrarCode(), caseRef,
				announcement + organisation.name() + "（统一社会信用代码 " + organisation.uscc() + "），" + reason,
				clock.instant());
		audit.recordSystem(organisation.registrarCode(), caseRef, "SOCIALORG_" + to, organisation.name() + "：" + to,
				reason);
	}

	private static String reason(String code) {
		return switch (code) {
			case "INACTIVE" -> "连续 2 年未开展活动";
			case "UNREACHABLE" -> "通过登记的住所无法联系";
			default -> "连续 2 年未按规定报送年度报告";
		};
	}

}
