package org.minzheng.flow.charity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.integration.charityplatform.CharityPlatformClient;
import org.minzheng.flow.integration.charityplatform.Publication;
import org.minzheng.flow.integration.charityplatform.PublicationReceipt;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.charity.CharityRecognitionProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.UnifiedSocialCreditCode;
import org.minzheng.flow.shared.docnumber.DocumentNumbers;
import org.minzheng.flow.socialorg.credit.CreditStandings;
import org.minzheng.flow.socialorg.credit.CreditStandings.CreditStanding;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts and correlates {@code CharityRecognitionProcess}, and what
 * the process does on its own. An organisation registered with us applies at its
 * registrar's window: the registrar's clerk records the application for it (as with
 * registration itself), so organisations need no accounts of their own. The credit
 * standing comes from the social-organisation chain ({@link CreditStandings}), read when
 * the application is accepted and again when it is decided.
 */
@Service
public class Recognitions {

	static final String RECORD_TYPE_DECISION = "CHARITY_RECOGNITION";

	/** The mark of recognition decisions in their document numbers (深民慈〔2026〕3号). */
	static final String DOCUMENT_KIND = "慈";

	private static final Logger log = LoggerFactory.getLogger(Recognitions.class);

	private final CharityMapper charities;

	private final CreditStandings standings;

	private final Workflow workflow;

	private final WorkingDayCalendar calendar;

	private final CharityPlatformClient platform;

	private final PublicRecords records;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final DocumentNumbers numbers;

	private final Clock clock;

	Recognitions(CharityMapper charities, CreditStandings standings, Workflow workflow, WorkingDayCalendar calendar,
			CharityPlatformClient platform, PublicRecords records, OrgDirectory orgs, AuditTrail audit,
			DocumentNumbers numbers, Clock clock) {
		this.charities = charities;
		this.standings = standings;
		this.workflow = workflow;
		this.calendar = calendar;
		this.platform = platform;
		this.records = records;
		this.orgs = orgs;
		this.audit = audit;
		this.numbers = numbers;
		this.clock = clock;
	}

	/**
	 * Records an application and starts its process.
	 * @throws ApiException 400 for an unknown or unregistered organisation or bad input,
	 * 403 when the clerk is not at its registrar, 409 when it is a charity already or has
	 * an open application
	 */
	@Transactional
	public RecognitionView submit(SubmitRecognition request, StaffUser clerk) {
		String uscc = CharityInput.require(request.uscc(), "uscc", "统一社会信用代码", 18).toUpperCase();
		UnifiedSocialCreditCode.problem(uscc).ifPresent(problem -> {
			throw ApiException.badRequest("USCC_INVALID", "uscc", "统一社会信用代码：{0}", problem.text());
		});
		String purpose = CharityInput.require(request.purposeStatement(), "purposeStatement", "慈善宗旨及业务范围", 1000);
		LocalDate voteOn = CharityInput.requireDate(request.governanceVoteOn(), "governanceVoteOn", "决策机构表决日期");
		if (voteOn.isAfter(today())) {
			throw ApiException.badRequest("DATE_IN_FUTURE", "governanceVoteOn", "决策机构表决日期不能晚于今天");
		}
		String voteNote = CharityInput.require(request.governanceVoteNote(), "governanceVoteNote", "表决情况", 500);
		CreditStanding standing = standings.standingOf(uscc)
			.filter(s -> "REGISTERED".equals(s.status()))
			.orElseThrow(
					() -> ApiException.badRequest("ORGANISATION_NOT_REGISTERED", "uscc", "没有以该统一社会信用代码在本系统登记的社会组织"));
		if (!clerk.covers(BusinessLine.CHARITY, Role.CLERK, standing.registrarCode())) {
			throw ApiException.forbidden("NOT_REGISTRAR_CLERK", "您不是该组织登记管理机关的受理人员");
		}
		if (charities.charityByUscc(uscc) != null) {
			throw ApiException.conflict("ALREADY_CHARITY", "该组织已是慈善组织");
		}
		if (charities.openRecognitions(uscc) > 0) {
			throw ApiException.conflict("RECOGNITION_PENDING", "该组织已有办理中的认定申请");
		}
		CharityMapper.Key key = new CharityMapper.Key();
		charities.insertRecognition(key, "NEW-" + UUID.randomUUID(), uscc, standing.name(), standing.registrarCode(),
				purpose, voteOn, voteNote, clerk.username(), clock.instant());
		String number = "CH-REC-%s-%d-%06d".formatted(standing.registrarCode(), Year.now(clock).getValue(), key.id);
		charities.setRecognitionNo(key.id, number);
		audit.record(clerk, Role.CLERK, standing.registrarCode(), number, "CHARITY_RECOGNITION_SUBMITTED",
				"受理慈善组织认定申请：" + standing.name() + "（" + uscc + "）", null);
		String pid = workflow.start(CharityRecognitionProcess.PROCESS_KEY, number,
				Map.of(CharityRecognitionProcess.VAR_RECOGNITION_ID, key.id,
						CharityRecognitionProcess.VAR_REGISTRAR_CODE, standing.registrarCode()));
		charities.setRecognitionProcess(key.id, pid);
		log.info("[{}] recognition of {} submitted at {}", number, uscc, standing.registrarCode());
		return RecognitionView.of(charities.recognition(key.id));
	}

	/** The applicant brought the materials of the one-time supplement request. */
	@Transactional
	public void supplementReceived(String recognitionNo, String note, StaffUser clerk) {
		Recognition recognition = visible(recognitionNo, clerk);
		if (!clerk.covers(BusinessLine.CHARITY, Role.CLERK, recognition.registrarCode())) {
			throw ApiException.forbidden("NOT_REGISTRAR_CLERK", "您不是该组织登记管理机关的受理人员");
		}
		if (!recognition.status().canMoveTo(RecognitionStatus.SUBMITTED)
				|| charities.recognitionStatus(recognition.id(), recognition.status(),
						recognition.status().moveTo(RecognitionStatus.SUBMITTED)) == 0
				|| !workflow.correlate(CharityRecognitionProcess.MESSAGE_SUPPLEMENT_RECEIVED, recognitionNo,
						Map.of())) {
			throw ApiException.conflict("NOT_AWAITING_SUPPLEMENT", "该申请当前不在等待补正材料");
		}
		audit.record(clerk, Role.CLERK, recognition.registrarCode(), recognitionNo, "CHARITY_SUPPLEMENT_RECEIVED",
				"收到补正材料", CharityInput.optional(note, "note", "补正说明", 500));
	}

	/** An application the user may see (the registrar's staff), or 404. */
	@Transactional(readOnly = true)
	public Recognition visible(String recognitionNo, StaffUser user) {
		return Optional.ofNullable(charities.recognitionByNo(recognitionNo))
			.filter(r -> CharityScope.canSee(user, r.registrarCode()))
			.orElseThrow(() -> ApiException.notFound("RECOGNITION_NOT_FOUND", "认定申请不存在或无权查看"));
	}

	@Transactional(readOnly = true)
	public List<Recognition> list(StaffUser user) {
		Set<String> units = CharityScope.units(user);
		return units.isEmpty() ? List.of() : charities.recognitionsIn(units);
	}

	// ---- what the process does on its own ----

	/** The one-time supplement request was recorded by the acceptance step. */
	@Transactional
	public void notifySupplement(long recognitionId) {
		Recognition recognition = charities.recognition(recognitionId);
		audit.recordSystem(recognition.registrarCode(), recognition.recognitionNo(), "CHARITY_SUPPLEMENT_NOTIFIED",
				"一次性告知补正：" + recognition.missingMaterials(), null);
	}

	/**
	 * Reads the organisation's credit standing and records what it found. A problem is
	 * not a refusal: the approver decides on the findings, with reasons.
	 * @return whether it is clear (not listed, not penalised in the last 2 years)
	 */
	@Transactional
	public boolean checkEligibility(long recognitionId) {
		Recognition recognition = charities.recognition(recognitionId);
		CreditStanding standing = standings.standingOf(recognition.uscc())
			.orElseThrow(() -> new IllegalStateException("organisation " + recognition.uscc() + " disappeared"));
		String findings = CharityCredit.findings(standing);
		charities.recordCreditCheck(recognitionId, standing.creditState().name(), standing.penalisedInLastTwoYears(),
				clock.instant(), findings);
		audit.recordSystem(recognition.registrarCode(), recognition.recognitionNo(), "CHARITY_CREDIT_CHECKED",
				"信用状况核查：" + (findings == null ? "未列入异常名录或严重违法失信名单，近 2 年无行政处罚" : findings + "，交审批人研判"), null);
		return findings == null;
	}

	/**
	 * The application is refused (the approver's decision on the credit findings or on
	 * the review): the decision is published.
	 */
	@Transactional
	public void refuse(long recognitionId) {
		Recognition recognition = charities.recognition(recognitionId);
		if (recognition.status() == RecognitionStatus.REFUSED || charities.refuseRecognition(recognitionId,
				recognition.status(), recognition.status().moveTo(RecognitionStatus.REFUSED), clock.instant()) == 0) {
			return; // already recorded (a retried job)
		}
		recognition = charities.recognition(recognitionId);
		audit.recordSystem(recognition.registrarCode(), recognition.recognitionNo(), "CHARITY_RECOGNITION_REFUSED",
				recognition.organisationName() + "：" + recognition.refusalReason(), null);
		records.publish(RECORD_TYPE_DECISION, recognition.recognitionNo(), recognition.registrarCode(),
				"慈善组织认定决定：" + recognition.organisationName() + " 不予认定", decisionContent(recognition));
	}

	/**
	 * Approved: the decision gets its document number from the registrar's yearly
	 * sequence (深民慈〔2026〕3号), the organisation's registration certificate is re-issued
	 * marked as a charitable organisation (《慈善组织认定办法》: 换发登记证书，标明慈善组织属性), the organisation
	 * enters the register of charities from today, and the decision is published.
	 */
	@Transactional
	public void issueCertificate(long recognitionId) {
		Recognition recognition = charities.recognition(recognitionId);
		if (recognition.certificateNo() != null) {
			return;
		}
		LocalDate today = today();
		String certificate = numbers.next(recognition.registrarCode(), DOCUMENT_KIND, today.getYear());
		if (charities.recognise(recognitionId, recognition.status(),
				recognition.status().moveTo(RecognitionStatus.RECOGNISED), certificate, today) == 0) {
			throw new IllegalStateException(recognition.recognitionNo() + " is not under review");
		}
		charities.insertRecognisedCharity(recognition.uscc(), recognition.organisationName(),
				recognition.registrarCode(), today, certificate, clock.instant());
		recognition = charities.recognition(recognitionId);
		audit.recordSystem(recognition.registrarCode(), recognition.recognitionNo(), "CHARITY_RECOGNISED",
				recognition.organisationName() + " 认定为慈善组织，认定决定 " + certificate + "，换发登记证书（标明慈善组织属性），自 " + today + " 起",
				null);
		records.publish(RECORD_TYPE_DECISION, recognition.recognitionNo(), recognition.registrarCode(),
				"慈善组织认定决定：" + recognition.organisationName() + " 准予认定", decisionContent(recognition));
	}

	/**
	 * Publishes the recognised charity on 慈善中国 (idempotent per key; a failure throws, so
	 * the job retries and then raises an incident).
	 */
	@Transactional
	public void publishToPlatform(long recognitionId, String idempotencyKey) {
		Recognition recognition = charities.recognition(recognitionId);
		if (recognition.platformNo() != null) {
			return;
		}
		PublicationReceipt receipt = platform.publish(
				new Publication(RECORD_TYPE_DECISION, recognition.uscc(), recognition.organisationName(),
						recognition.registrarCode(), orgs.nameOf(recognition.registrarCode()),
						recognition.certificateNo(), recognition.effectiveOn(), null, recognition.recognitionNo()),
				idempotencyKey);
		charities.recognitionPublished(recognitionId, receipt.publicationNo(), receipt.publishedAt());
		charities.setCharityPlatformNo(recognition.uscc(), receipt.publicationNo());
		audit.recordSystem(recognition.registrarCode(), recognition.recognitionNo(), "CHARITY_PLATFORM_PUBLISHED",
				"已推送慈善中国，编号 " + receipt.publicationNo(), null);
	}

	/** The process ended in one of its closing end events. */
	@Transactional
	public void closed(long recognitionId, String endEventId) {
		Recognition recognition = charities.recognition(recognitionId);
		RecognitionStatus from = recognition.status();
		charities.closeRecognition(recognitionId, from,
				from == RecognitionStatus.SUPPLEMENT ? from.moveTo(RecognitionStatus.SUPPLEMENT_EXPIRED) : from,
				clock.instant());
		audit.recordSystem(recognition.registrarCode(), recognition.recognitionNo(), "CHARITY_CASE_CLOSED",
				"认定申请办结：" + endEventId, null);
	}

	/** An application by number, whoever asks (for the engine's side). */
	@Transactional(readOnly = true)
	public Optional<Recognition> byNo(String recognitionNo) {
		return Optional.ofNullable(charities.recognitionByNo(recognitionNo));
	}

	private static Map<String, String> decisionContent(Recognition r) {
		Map<String, String> content = new LinkedHashMap<>();
		content.put("recordType", RECORD_TYPE_DECISION);
		content.put("caseNo", r.recognitionNo());
		content.put("organisationName", r.organisationName());
		content.put("uscc", r.uscc());
		content.put("registrarCode", r.registrarCode());
		content.put("decision", r.status() == RecognitionStatus.RECOGNISED ? "APPROVE" : "REFUSE");
		content.put("reason", r.refusalReason());
		content.put("certificateNo", r.certificateNo());
		content.put("registrationCertificate", r.status() == RecognitionStatus.RECOGNISED ? "换发登记证书，标明慈善组织属性" : null);
		content.put("creditFindings", r.creditFindings());
		content.put("effectiveOn", r.effectiveOn() == null ? null : r.effectiveOn().toString());
		return content;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
	}

	/** A recognition as the registrar's clerk records it. */
	public record SubmitRecognition(@Size(max = 18) String uscc, @Size(max = 1000) String purposeStatement,
			@Size(max = 10) String governanceVoteOn, @Size(max = 500) String governanceVoteNote) {
	}

}
