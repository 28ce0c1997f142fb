package org.minzheng.flow.socialorg.exit;

import java.time.Clock;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.processes.socialorg.SocialOrgRevocationProcess;
import org.minzheng.flow.socialorg.credit.CreditLists;
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

	private final CreditLists credit;

	ExitActions(ExitMapper exits, OrganisationMapper organisations, RegistrationMapper registrations, AuditTrail audit,
			Clock clock, CreditLists credit) {
		this.credit = credit;
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

	/**
	 * Serves the hearing notice: by announcement (公告送达) when the organisation cannot be
	 * reached at its registered domicile, else directly; the notice is published in the
	 * registrar's announcements either way, so the organisation can see it.
	 * @param announcementDays the announcement period of this process version (calendar
	 * days after which service by announcement takes effect)
	 * @return {@link SocialOrgRevocationProcess#SERVICE_BY_ANNOUNCEMENT} or
	 * {@link SocialOrgRevocationProcess#SERVICE_DIRECT}
	 */
	@Transactional
	public String serveHearingNotice(long candidateId, int announcementDays) {
		ExitCandidate candidate = exits.candidate(candidateId);
		Organisation organisation = organisations.find(candidate.organisationId());
		boolean byAnnouncement = UNREACHABLE.equals(candidate.reason());
		String mode = byAnnouncement ? SocialOrgRevocationProcess.SERVICE_BY_ANNOUNCEMENT
				: SocialOrgRevocationProcess.SERVICE_DIRECT;
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		exits.setNoticeServed(candidateId, mode, today);
		registrations.insertAnnouncement("HEARING_NOTICE", organisation.id(), organisation.registrarCode(),
				candidate.caseNo(),
				"撤销登记听证告知：" + organisation.name() + "（" + reason(candidate.reason()) + "）。"
						+ (byAnnouncement ? "因通过登记的住所无法联系，本告知书以公告方式送达，自发出公告之日起经过 " + announcementDays + " 日（至 "
								+ today.plusDays(announcementDays) + "）视为送达；" : "")
						+ "可在送达之日起 5 个工作日内申请听证。",
				clock.instant());
		audit.recordSystem(organisation.registrarCode(), candidate.caseNo(), "SOCIALORG_HEARING_NOTICE_SERVED",
				byAnnouncement ? "公告送达听证告知书，公告期 " + announcementDays + " 日" : "直接送达听证告知书", null);
		return mode;
	}

	/**
	 * Service took effect (served directly, or the announcement period is over): the
	 * hearing period starts today.
	 */
	@Transactional
	public void serviceEffective(long candidateId) {
		ExitCandidate candidate = exits.candidate(candidateId);
		Organisation organisation = organisations.find(candidate.organisationId());
		exits.setServed(candidateId, java.time.LocalDate.now(clock));
		audit.recordSystem(organisation.registrarCode(), candidate.caseNo(), "SOCIALORG_HEARING_NOTICE_EFFECTIVE",
				SocialOrgRevocationProcess.SERVICE_BY_ANNOUNCEMENT.equals(candidate.serviceMode())
						? "公告期满，听证告知书视为送达，听证申请期起算" : "听证告知书已送达，听证申请期起算",
				null);
	}

	/**
	 * Revokes the registration and, by the same decision, puts the organisation on the
	 * serious-violation list (《社会组织信用信息管理办法》第十条: 被撤销登记的).
	 */
	@Transactional
	public void revoke(long candidateId) {
		ExitCandidate candidate = exits.candidate(candidateId);
		if (end(candidate.organisationId(), "REVOKED", candidate.caseNo(), "撤销登记公告：", reason(candidate.reason()))) {
			credit.listRevoked(candidate.organisationId(), candidate.caseNo());
		}
	}

	@Transactional
	public void exitClosed(long candidateId, String status) {
		exits.moveCandidate(candidateId, "IN_PROGRESS", status);
	}

	private boolean end(long organisationId, String to, String caseRef, String announcement, String reason) {
		Organisation organisation = organisations.find(organisationId);
		if (exits.endRegistration(organisationId, to) == 0) {
			return false;
		}
		registrations.insertAnnouncement(to, organisationId, organisation.registrarCode(), caseRef,
				announcement + organisation.name() + "（统一社会信用代码 " + organisation.uscc() + "），" + reason,
				clock.instant());
		audit.recordSystem(organisation.registrarCode(), caseRef, "SOCIALORG_" + to, organisation.name() + "：" + to,
				reason);
		return true;
	}

	/** The detection reason of an organisation that cannot be reached (失联). */
	static final String UNREACHABLE = "UNREACHABLE";

	private static String reason(String code) {
		return switch (code) {
			case "INACTIVE" -> "连续 2 年未开展活动";
			case "UNREACHABLE" -> "通过登记的住所无法联系";
			default -> "连续 2 年未按规定报送年度报告";
		};
	}

}
