package org.minzheng.flow.socialorg.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.integration.legalentity.LegalEntityRegistryClient;
import org.minzheng.flow.integration.legalentity.LegalEntityRegistryClient.CodeRequest;
import org.minzheng.flow.shared.UnifiedSocialCreditCode;
import org.minzheng.flow.socialorg.Organisation;
import org.minzheng.flow.socialorg.OrganisationMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registration process's service tasks do, in the engine's transaction: the name
 * check, the supplement notice, the certificate with its code and e-licence, the
 * announcement, the closing status.
 */
@Service
public class RegistrationActions {

	private static final Logger log = LoggerFactory.getLogger(RegistrationActions.class);

	private final OrganisationMapper organisations;

	private final RegistrationMapper registrations;

	private final LegalEntityRegistryClient legalEntities;

	private final AuditTrail audit;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	RegistrationActions(OrganisationMapper organisations, RegistrationMapper registrations,
			LegalEntityRegistryClient legalEntities, AuditTrail audit, WorkingDayCalendar calendar, Clock clock) {
		this.organisations = organisations;
		this.registrations = registrations;
		this.legalEntities = legalEntities;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * 名称核准: unique among registered organisations and those being registered, not
	 * reserved by someone else, free of forbidden words.
	 * @return whether the name may be used; the reason is stored on the registration
	 */
	@Transactional
	public boolean checkName(long registrationId) {
		Registration registration = registrations.find(registrationId);
		Organisation organisation = organisations.find(registration.organisationId());
		String name = organisation.name();
		String problem = null;
		List<String> forbidden = NameCheck.forbiddenIn(name, organisations.forbiddenWords(),
				registrations.allowedNameTerms());
		if (!forbidden.isEmpty()) {
			problem = "名称含禁用字词：" + String.join("、", forbidden);
		}
		else if (organisations.countNameTaken(name, organisation.id()) > 0) {
			problem = "名称与已登记或正在登记的社会组织重名";
		}
		else if (organisations.countReserved(name, LocalDate.now(clock)) > 0) {
			problem = "名称已被预留";
		}
		registrations.setNameCheckNote(registrationId, problem == null ? "名称可用" : problem);
		audit.recordSystem(organisation.registrarCode(), registration.registrationNo(), "SOCIALORG_NAME_CHECKED",
				"名称核准：" + name + (problem == null ? "，可用" : "，不予核准"), problem);
		return problem == null;
	}

	@Transactional
	public void notifySupplement(long registrationId) {
		Registration registration = registrations.find(registrationId);
		Organisation organisation = organisations.find(registration.organisationId());
		audit.recordSystem(organisation.registrarCode(), registration.registrationNo(), "SOCIALORG_SUPPLEMENT_NOTIFIED",
				"一次性告知补正：" + registration.missingMaterials(), null);
	}

	@Transactional
	public void recordRefusal(long registrationId) {
		Registration registration = registrations.find(registrationId);
		Organisation organisation = organisations.find(registration.organisationId());
		audit.recordSystem(organisation.registrarCode(), registration.registrationNo(), "SOCIALORG_REFUSAL_NOTIFIED",
				"不予登记决定书已送达", registration.decisionOpinion());
	}

	@Transactional
	public void recordPreparationRefusal(long registrationId) {
		Registration registration = registrations.find(registrationId);
		Organisation organisation = organisations.find(registration.organisationId());
		audit.recordSystem(organisation.registrarCode(), registration.registrationNo(),
				"SOCIALORG_PREPARATION_REFUSAL_NOTIFIED", "不予筹备决定书已送达（载明理由）", registration.preparationOpinion());
	}

	/**
	 * 准予筹备 takes effect: the preparation period (筹备期) runs from today for the given
	 * months (《社会团体登记管理条例》第十四条); a last day that is not a working day of the shipped
	 * calendar moves to the next working day.
	 * @return the instant the period is over (the start of the day after its last day)
	 */
	@Transactional
	public Instant approvePreparation(long registrationId, int months) {
		Registration registration = registrations.find(registrationId);
		Organisation organisation = organisations.find(registration.organisationId());
		LocalDate lastDay = calendar.onOrAfter(LocalDate.now(clock).plusMonths(months));
		registration.status().moveTo(RegistrationStatus.PREPARING);
		if (registrations.startPreparation(registrationId, lastDay) == 0) {
			throw new IllegalStateException(registration.registrationNo() + " is not awaiting its preparation");
		}
		audit.recordSystem(organisation.registrarCode(), registration.registrationNo(),
				"SOCIALORG_PREPARATION_APPROVED", "准予筹备：" + organisation.name() + "，筹备期至 " + lastDay,
				registration.preparationOpinion());
		log.info("[{}] preparing until {}", registration.registrationNo(), lastDay);
		return lastDay.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
	}

	/**
	 * 赋码发证: the code from the legal-entity registry (asked with an idempotency key, so a
	 * retried job gets the same code), the organisation registered, the e-licence
	 * recorded. A second run after success changes nothing.
	 */
	@Transactional
	public void issueCertificate(long registrationId, String idempotencyKey) {
		Registration registration = registrations.find(registrationId);
		Organisation organisation = organisations.find(registration.organisationId());
		if (organisation.uscc() != null) {
			return;
		}
		String uscc = legalEntities
			.assignCode(new CodeRequest(organisation.registrarCode(),
					LegalEntityRegistryClient.OrganisationType.valueOf(organisation.orgType().name()),
					organisation.name()), idempotencyKey)
			.uscc();
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(uscc);
		if (!code.isCivilAffairs()) {
			throw new IllegalStateException("legal-entity registry returned a code outside civil affairs");
		}
		if (organisations.register(organisation.id(), uscc, LocalDate.now(clock)) == 0) {
			throw new IllegalStateException("organisation " + organisation.id() + " is not awaiting registration");
		}
		String licence = "SZMZ-EL-" + uscc;
		registrations.insertLicence(licence, organisation.id(), uscc, clock.instant());
		registrations.setLicence(registrationId, licence);
		audit.recordSystem(organisation.registrarCode(), registration.registrationNo(), "SOCIALORG_CERTIFICATE_ISSUED",
				"颁发登记证书：" + organisation.name() + "，统一社会信用代码 " + uscc + "，电子证照 " + licence, null);
		log.info("[{}] registered with code {}", registration.registrationNo(), uscc);
	}

	@Transactional
	public void announce(long registrationId) {
		Registration registration = registrations.find(registrationId);
		Organisation organisation = organisations.find(registration.organisationId());
		String text = "%s 经 %s 准予成立登记，统一社会信用代码 %s，类型 %s，住所 %s。".formatted(organisation.name(),
				organisation.registrarCode(), organisation.uscc(), organisation.orgType().label(),
				organisation.domicile());
		registrations.insertAnnouncement("REGISTRATION", organisation.id(), organisation.registrarCode(),
				registration.registrationNo(), text, clock.instant());
		registrations.setAnnounced(registrationId, clock.instant());
		audit.recordSystem(organisation.registrarCode(), registration.registrationNo(), "SOCIALORG_ANNOUNCED",
				"登记公告已发布", null);
	}

	/** The process ended in a closing end event; frees the name unless registered. */
	@Transactional
	public void closed(long registrationId, RegistrationStatus status) {
		Registration registration = registrations.find(registrationId);
		Organisation organisation = organisations.find(registration.organisationId());
		if (registration.status() == status) {
			return;
		}
		int closed = registrations.close(registrationId, registration.status(), registration.status().moveTo(status),
				clock.instant());
		log.info("[{}] closed as {} ({} row)", registration.registrationNo(), status, closed);
		if (status != RegistrationStatus.REGISTERED) {
			organisations.transitionStatus(organisation.id(), Organisation.PREPARING, Organisation.NOT_REGISTERED);
		}
		audit.recordSystem(organisation.registrarCode(), registration.registrationNo(), "SOCIALORG_CASE_CLOSED",
				"办结：" + status.name().toLowerCase(Locale.ROOT), null);
	}

}
