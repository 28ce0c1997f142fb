package org.minzheng.flow.charity;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.integration.charityplatform.CharityPlatformClient;
import org.minzheng.flow.integration.charityplatform.Publication;
import org.minzheng.flow.integration.charityplatform.PublicationReceipt;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.charity.CharityFundraisingProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.docnumber.DocumentNumbers;
import org.minzheng.flow.socialorg.credit.CreditStandings;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts {@code CharityFundraisingProcess}, and what the process does
 * on its own. Only a charity on our register for at least
 * {@code minzheng.charity.fundraising-min-years} (registered as one, or recognised) may
 * apply; the registrar's clerk records the application for it.
 */
@Service
public class FundraisingQualifications {

	static final String RECORD_TYPE_DECISION = "FUNDRAISING_QUALIFICATION";

	/** The mark of public-fundraising certificates in their numbers (深民募〔2026〕1号). */
	static final String DOCUMENT_KIND = "募";

	private static final Logger log = LoggerFactory.getLogger(FundraisingQualifications.class);

	private final CharityMapper charities;

	private final CharityProperties properties;

	private final Workflow workflow;

	private final CharityPlatformClient platform;

	private final PublicRecords records;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final CreditStandings standings;

	private final DocumentNumbers numbers;

	private final Clock clock;

	FundraisingQualifications(CharityMapper charities, CharityProperties properties, Workflow workflow,
			CharityPlatformClient platform, PublicRecords records, OrgDirectory orgs, AuditTrail audit,
			CreditStandings standings, DocumentNumbers numbers, Clock clock) {
		this.charities = charities;
		this.properties = properties;
		this.workflow = workflow;
		this.platform = platform;
		this.records = records;
		this.orgs = orgs;
		this.audit = audit;
		this.standings = standings;
		this.numbers = numbers;
		this.clock = clock;
	}

	/**
	 * Records an application and starts its process at acceptance; once accepted, the
	 * decision is due in the working days the process version allows.
	 * @throws ApiException 400 when the organisation is not a charity or not for long
	 * enough, 403 when the clerk is not at its registrar, 409 when an application is open
	 */
	@Transactional
	public FundraisingView submit(SubmitFundraising request, StaffUser clerk) {
		String uscc = CharityInput.require(request.uscc(), "uscc", "统一社会信用代码", 18).toUpperCase();
		String plan = CharityInput.require(request.planSummary(), "planSummary", "募捐方案概要", 1000);
		CharityOrganisation charity = Optional.ofNullable(charities.charityByUscc(uscc))
			.orElseThrow(() -> ApiException.badRequest("NOT_A_CHARITY", "uscc", "该组织不是本机关登记或认定的慈善组织"));
		if (!clerk.covers(BusinessLine.CHARITY, Role.CLERK, charity.registrarCode())) {
			throw ApiException.forbidden("NOT_REGISTRAR_CLERK", "您不是该慈善组织登记管理机关的受理人员");
		}
		LocalDate eligibleOn = charity.charitySince().plusYears(properties.fundraisingMinYears());
		if (today().isBefore(eligibleOn)) {
			throw ApiException.badRequest("CHARITY_TOO_RECENT", "uscc", "登记或认定为慈善组织满 {0} 年方可申请公开募捐资格（自 {1} 起，{2} 满）",
					properties.fundraisingMinYears(), charity.charitySince(), eligibleOn);
		}
		if (charities.openFundraising(charity.id()) > 0) {
			throw ApiException.conflict("FUNDRAISING_PENDING", "该慈善组织已有办理中的公开募捐资格申请");
		}
		CharityMapper.Key key = new CharityMapper.Key();
		charities.insertFundraising(key, "NEW-" + UUID.randomUUID(), charity.id(), charity.registrarCode(), plan,
				clerk.username(), clock.instant());
		String number = "CH-PF-%s-%d-%06d".formatted(charity.registrarCode(), Year.now(clock).getValue(), key.id);
		audit.record(clerk, Role.CLERK, charity.registrarCode(), number, "CHARITY_FUNDRAISING_SUBMITTED",
				"受理公开募捐资格申请：" + charity.name(), null);
		String pid = workflow.start(CharityFundraisingProcess.PROCESS_KEY, number,
				Map.of(CharityFundraisingProcess.VAR_QUALIFICATION_ID, key.id,
						CharityFundraisingProcess.VAR_REGISTRAR_CODE, charity.registrarCode()));
		charities.startedFundraising(key.id, number, pid, null);
		log.info("[{}] public-fundraising qualification of {} submitted", number, uscc);
		return FundraisingView.of(charities.fundraising(key.id));
	}

	/** An application the registrar's staff may see, or 404. */
	@Transactional(readOnly = true)
	public Fundraising visible(String qualificationNo, StaffUser user) {
		return Optional.ofNullable(charities.fundraisingByNo(qualificationNo))
			.filter(f -> CharityScope.canSee(user, f.registrarCode()))
			.orElseThrow(() -> ApiException.notFound("FUNDRAISING_NOT_FOUND", "公开募捐资格申请不存在或无权查看"));
	}

	@Transactional(readOnly = true)
	public List<Fundraising> list(StaffUser user) {
		Set<String> units = CharityScope.units(user);
		return units.isEmpty() ? List.of() : charities.fundraisingIn(units);
	}

	@Transactional(readOnly = true)
	public CharityOrganisation charityOf(Fundraising fundraising) {
		return charities.charity(fundraising.charityId());
	}

	/** The applicant brought the materials of the one-time supplement request. */
	@Transactional
	public void supplementReceived(String qualificationNo, String note, StaffUser clerk) {
		Fundraising fundraising = visible(qualificationNo, clerk);
		if (!clerk.covers(BusinessLine.CHARITY, Role.CLERK, fundraising.registrarCode())) {
			throw ApiException.forbidden("NOT_REGISTRAR_CLERK", "您不是该慈善组织登记管理机关的受理人员");
		}
		String text = CharityInput.optional(note, "note", "补正说明", 500);
		if (!fundraising.status().canMoveTo(FundraisingStatus.SUBMITTED)
				|| charities.fundraisingSupplemented(fundraising.id(), fundraising.status(),
						fundraising.status().moveTo(FundraisingStatus.SUBMITTED), text) == 0
				|| !workflow.correlate(CharityFundraisingProcess.MESSAGE_SUPPLEMENT_RECEIVED, qualificationNo,
						Map.of())) {
			throw ApiException.conflict("NOT_AWAITING_SUPPLEMENT", "该申请当前不在等待补正材料");
		}
		audit.record(clerk, Role.CLERK, fundraising.registrarCode(), qualificationNo, "CHARITY_SUPPLEMENT_RECEIVED",
				"收到补正材料", text);
	}

	// ---- what the process does on its own ----

	/** The one-time supplement request was recorded by the acceptance step. */
	@Transactional
	public void notifySupplement(long id) {
		Fundraising fundraising = charities.fundraising(id);
		audit.recordSystem(fundraising.registrarCode(), fundraising.qualificationNo(), "CHARITY_SUPPLEMENT_NOTIFIED",
				"一次性告知补正：" + fundraising.missingMaterials(), null);
	}

	/**
	 * Reads the charity's credit standing (the social-organisation chain's lists and
	 * penalties) and records what it found. A problem is not a refusal: the approver
	 * decides on the findings, with reasons.
	 * @return whether it is clear; a charity the social-organisation chain does not know
	 * has no listing there and is clear
	 */
	@Transactional
	public boolean checkCredit(long id) {
		Fundraising fundraising = charities.fundraising(id);
		CharityOrganisation charity = charities.charity(fundraising.charityId());
		Optional<CreditStandings.CreditStanding> standing = standings.standingOf(charity.uscc());
		String findings = standing.map(CharityCredit::findings).orElse(null);
		charities.recordFundraisingCreditCheck(id, standing.map(s -> s.creditState().name()).orElse("NORMAL"),
				standing.map(CreditStandings.CreditStanding::penalisedInLastTwoYears).orElse(false), clock.instant(),
				findings);
		audit.recordSystem(fundraising.registrarCode(), fundraising.qualificationNo(), "CHARITY_CREDIT_CHECKED",
				"信用状况核查：" + (findings == null ? "未列入异常名录或严重违法失信名单，近 2 年无行政处罚" : findings + "，交审批人研判"), null);
		return findings == null;
	}

	/**
	 * Granted: the certificate, numbered from the registrar's yearly sequence
	 * (深民募〔2026〕1号). It has no fixed term: neither 《慈善法》 nor 《慈善组织公开募捐管理办法》 sets one, so
	 * {@code validUntil} stays empty.
	 */
	@Transactional
	public void issue(long id) {
		Fundraising fundraising = charities.fundraising(id);
		if (fundraising.certificateNo() != null) {
			return;
		}
		LocalDate from = today();
		String certificate = numbers.next(fundraising.registrarCode(), DOCUMENT_KIND, from.getYear());
		if (charities.qualify(id, fundraising.status(), fundraising.status().moveTo(FundraisingStatus.QUALIFIED),
				certificate, from, null) == 0) {
			throw new IllegalStateException(fundraising.qualificationNo() + " is not open");
		}
		fundraising = charities.fundraising(id);
		CharityOrganisation charity = charities.charity(fundraising.charityId());
		audit.recordSystem(fundraising.registrarCode(), fundraising.qualificationNo(), "CHARITY_FUNDRAISING_QUALIFIED",
				charity.name() + " 取得公开募捐资格，证书 " + certificate + "，自 " + from + " 起（不设有效期）", null);
		records.publish(RECORD_TYPE_DECISION, fundraising.qualificationNo(), fundraising.registrarCode(),
				"公开募捐资格决定：" + charity.name() + " 准予", content(fundraising, charity));
	}

	@Transactional
	public void refuse(long id) {
		Fundraising fundraising = charities.fundraising(id);
		if (fundraising.status() == FundraisingStatus.REFUSED || charities.refuseFundraising(id, fundraising.status(),
				fundraising.status().moveTo(FundraisingStatus.REFUSED)) == 0) {
			return;
		}
		fundraising = charities.fundraising(id);
		CharityOrganisation charity = charities.charity(fundraising.charityId());
		audit.recordSystem(fundraising.registrarCode(), fundraising.qualificationNo(), "CHARITY_FUNDRAISING_REFUSED",
				charity.name() + "：" + fundraising.decisionOpinion(), null);
		records.publish(RECORD_TYPE_DECISION, fundraising.qualificationNo(), fundraising.registrarCode(),
				"公开募捐资格决定：" + charity.name() + " 不予批准", content(fundraising, charity));
	}

	/** Publishes the qualification on 慈善中国 (idempotent per key). */
	@Transactional
	public void publishToPlatform(long id, String idempotencyKey) {
		Fundraising fundraising = charities.fundraising(id);
		if (fundraising.platformNo() != null) {
			return;
		}
		CharityOrganisation charity = charities.charity(fundraising.charityId());
		PublicationReceipt receipt = platform
			.publish(
					new Publication(RECORD_TYPE_DECISION, charity.uscc(), charity.name(), fundraising.registrarCode(),
							orgs.nameOf(fundraising.registrarCode()), fundraising.certificateNo(),
							fundraising.validFrom(), fundraising.validUntil(), fundraising.qualificationNo()),
					idempotencyKey);
		charities.fundraisingPublished(id, receipt.publicationNo(), receipt.publishedAt());
		audit.recordSystem(fundraising.registrarCode(), fundraising.qualificationNo(), "CHARITY_PLATFORM_PUBLISHED",
				"已推送慈善中国，编号 " + receipt.publicationNo(), null);
	}

	@Transactional
	public void closed(long id, String endEventId) {
		Fundraising fundraising = charities.fundraising(id);
		FundraisingStatus from = fundraising.status();
		charities.closeFundraising(id, from,
				from == FundraisingStatus.SUPPLEMENT ? from.moveTo(FundraisingStatus.SUPPLEMENT_EXPIRED) : from,
				clock.instant());
		audit.recordSystem(fundraising.registrarCode(), fundraising.qualificationNo(), "CHARITY_CASE_CLOSED",
				"公开募捐资格申请办结：" + endEventId, null);
	}

	private static Map<String, String> content(Fundraising f, CharityOrganisation charity) {
		Map<String, String> content = new LinkedHashMap<>();
		content.put("recordType", RECORD_TYPE_DECISION);
		content.put("caseNo", f.qualificationNo());
		content.put("organisationName", charity.name());
		content.put("uscc", charity.uscc());
		content.put("registrarCode", f.registrarCode());
		content.put("decision", f.status() == FundraisingStatus.QUALIFIED ? "APPROVE" : "REFUSE");
		content.put("reason", f.status() == FundraisingStatus.QUALIFIED ? null : f.decisionOpinion());
		content.put("certificateNo", f.certificateNo());
		content.put("validFrom", f.validFrom() == null ? null : f.validFrom().toString());
		content.put("validUntil", f.validUntil() == null ? null : f.validUntil().toString());
		content.put("creditFindings", f.creditFindings());
		return content;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
	}

	/** An application as the registrar's clerk records it. */
	public record SubmitFundraising(@Size(max = 18) String uscc, @Size(max = 1000) String planSummary) {
	}

}
