package org.minzheng.flow.carehome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.carehome.CareHomeApplication.Status;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.elderly.ElderlyCareHomeOfferProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.minzheng.flow.shared.queue.ChainHash;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care-home waitlist's cases: a street clerk registers an elder's application, the
 * district assesses the care needs (评估) and so admits the elder to the home's queue or
 * finds them not eligible; the district releases freed beds; the clerk or the district
 * records the elder's answer to an offer and the admission. Every action is checked
 * against the user's line, role and unit here, and audited. An offer left unanswered
 * lapses by itself at its deadline ({@link #lapse(long)}, the offer process's timer).
 */
@Service
public class CareHomeApplications {

	/** Minimum age to apply (老年人: 60 and over, 《老年人权益保障法》第二条). */
	static final int MIN_AGE = 60;

	private final CareHomeMapper rows;

	private final CareHomeQueue queue;

	private final OrgDirectory orgs;

	private final PersonalDataCrypto crypto;

	private final AuditTrail audit;

	private final Clock clock;

	private final Workflow workflow;

	CareHomeApplications(CareHomeMapper rows, CareHomeQueue queue, OrgDirectory orgs, PersonalDataCrypto crypto,
			AuditTrail audit, Clock clock, Workflow workflow) {
		this.rows = rows;
		this.queue = queue;
		this.orgs = orgs;
		this.crypto = crypto;
		this.audit = audit;
		this.clock = clock;
		this.workflow = workflow;
	}

	/** A new application, registered by a street clerk. */
	public record NewApplication(@NotBlank @Size(max = 20) String homeCode, @NotBlank @Size(max = 50) String name,
			@NotBlank @Size(min = 18, max = 18) String idNumber, @NotBlank @Size(max = 20) String tierCode,
			@Size(max = 20) String unitCode) {
	}

	/** The district's assessment of care needs: level 0 能力完好 … 4 完全失能. */
	public record Assessment(@NotNull @Min(0) @Max(4) Integer careLevel, @NotBlank @Size(max = 500) String opinion) {
	}

	/** A new care home (an administrator of its district). */
	public record NewHome(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 120) String nameEn, @NotBlank @Size(max = 20) String districtCode,
			@NotBlank @Size(max = 200) String address, @NotNull @Min(0) @Max(100000) Integer beds,
			@NotNull @Min(0) @Max(4) Integer minCareLevel, @NotNull @Min(1) @Max(30) Integer answerDays,
			@NotNull @Min(1) @Max(10) Integer maxDeclines, @NotBlank @Size(max = 200) String source) {
	}

	/**
	 * Registers a care home and starts its queue.
	 * @throws ApiException 403 unless an elderly-line administrator of the district, 409
	 * for a code in use
	 */
	@Transactional
	public CareHome createHome(NewHome request, StaffUser admin) {
		if (orgs.find(request.districtCode()).isEmpty()) {
			throw ApiException.badRequest("UNKNOWN_DISTRICT", "districtCode", "区代码不存在");
		}
		if (!admin.covers(BusinessLine.ELDERLY, Role.ADMIN, request.districtCode())) {
			throw ApiException.forbidden("CARE_HOME_NOT_ADMIN", "只有该区的养老服务管理员可以登记养老机构");
		}
		if (rows.home(request.code()) != null) {
			throw ApiException.conflict("CARE_HOME_EXISTS", "养老机构代码已存在");
		}
		CareHome home = new CareHome(request.code(), request.name(), request.nameEn(), request.districtCode(),
				request.address(), request.beds(), request.minCareLevel(), request.answerDays(), request.maxDeclines(),
				request.source(), 0, ChainHash.GENESIS, clock.instant());
		queue.createHome(home, admin.username());
		audit.record(admin, Role.ADMIN, home.districtCode(), null, "CARE_HOME_CREATED", "登记养老机构 " + home.name(), null);
		return rows.home(home.code());
	}

	/**
	 * Registers an elder's application for a home: the ID number gives the birth date;
	 * one live application per ID number.
	 * @throws ApiException 400 for a bad ID number, an unknown tier or an elder under
	 * {@value #MIN_AGE}; 404 for a home outside the clerk's reach; 409 for a second live
	 * application
	 */
	@Transactional
	public CareHomeApplication submit(NewApplication request, StaffUser clerk) {
		CareHome home = rows.home(request.homeCode());
		String unit = request.unitCode() == null || request.unitCode().isBlank()
				? clerk.coverage(BusinessLine.ELDERLY, Role.CLERK).stream().sorted().findFirst().orElse(null)
				: request.unitCode();
		if (home == null || unit == null || !clerk.covers(BusinessLine.ELDERLY, Role.CLERK, unit)) {
			throw ApiException.notFound("CARE_HOME_NOT_FOUND", "养老机构不存在或无权查看");
		}
		if (CitizenIdNumber.problem(request.idNumber()).isPresent()) {
			throw ApiException.badRequest("CARE_ID_NUMBER_INVALID", "idNumber", "身份证号码无效");
		}
		CitizenIdNumber id = CitizenIdNumber.of(request.idNumber());
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
		if (Period.between(id.birthDate(), today).getYears() < MIN_AGE) {
			throw ApiException.badRequest("CARE_APPLICANT_TOO_YOUNG", "idNumber", "申请人须年满 {0} 周岁", MIN_AGE);
		}
		if (rows.tier(request.tierCode()) == null) {
			throw ApiException.badRequest("CARE_TIER_UNKNOWN", "tierCode", "轮候类别不存在");
		}
		String district = orgs.districtOf(unit).map(u -> u.code()).orElse(unit);
		String liveKey = crypto.blindIndex(id.value());
		if (rows.liveApplications(liveKey) > 0) {
			throw ApiException.conflict("CARE_APPLICATION_LIVE", "该老年人已有在办的入住申请");
		}
		Instant now = clock.instant();
		CareQueueRows.Key key = new CareQueueRows.Key();
		try {
			rows.insertApplication(key,
					new CareHomeApplication(0, "NEW-" + java.util.UUID.randomUUID(), home.code(), district, unit,
							request.name().strip(), id.masked(), liveKey, id.birthDate(), request.tierCode(),
							Status.ASSESSING, null, null, null, null, clerk.username(), now, null));
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("CARE_APPLICATION_LIVE", "该老年人已有在办的入住申请");
		}
		String no = "YL-%s-%d-%06d".formatted(district, today.getYear(), key.id);
		rows.numberApplication(key.id, no);
		audit.record(clerk, Role.CLERK, unit, no, "CARE_APPLICATION_SUBMITTED", "受理公办养老机构入住申请（" + home.name() + "）",
				null);
		return rows.application(key.id);
	}

	/**
	 * The district's assessment: at or above the home's threshold the elder joins the
	 * home's queue with their tier; below it the application ends not eligible.
	 * @throws ApiException 404 outside the reviewer's district, 409 when not awaiting
	 * assessment
	 */
	@Transactional
	public CareHomeApplication assess(String applicationNo, Assessment assessment, StaffUser reviewer) {
		CareHomeApplication application = visible(applicationNo, reviewer);
		if (!reviewer.covers(BusinessLine.ELDERLY, Role.REVIEWER, application.districtCode())) {
			throw ApiException.forbidden("CARE_NOT_ASSESSOR", "只有区民政局养老服务科审核员可以评估");
		}
		CareHome home = rows.home(application.homeCode());
		Status to = assessment.careLevel() >= home.minCareLevel() ? Status.QUEUED : Status.NOT_ELIGIBLE;
		if (rows.assess(application.id(), application.status().moveTo(to), assessment.careLevel(), assessment.opinion(),
				reviewer.username(), clock.instant()) != 1) {
			throw ApiException.conflict(org.minzheng.flow.shared.StatusFlow.TRANSITION_INVALID, "案件状态已变化，请刷新");
		}
		audit.record(reviewer, Role.REVIEWER, application.districtCode(), applicationNo, "CARE_ASSESSED",
				"评估照护等级 " + assessment.careLevel() + "：" + (to == Status.QUEUED ? "进入轮候" : "不符合入住条件"),
				assessment.opinion());
		if (to == Status.QUEUED) {
			PriorityTier tier = rows.tier(application.tierCode());
			queue.enter(application,
					CareHomeQueue.sortKey(tier.tierRank(), application.birthDate(), application.submittedAt()),
					reviewer.username());
		}
		return rows.application(application.id());
	}

	/**
	 * A freed bed of the home, released by the district's approver (or supervisor).
	 * @throws ApiException 404 outside the user's district, 403 without the role
	 */
	@Transactional
	public String releaseBed(String homeCode, String bedLabel, StaffUser user) {
		CareHome home = visibleHome(homeCode, user);
		Role role = user.covers(BusinessLine.ELDERLY, Role.APPROVER, home.districtCode()) ? Role.APPROVER
				: user.covers(BusinessLine.ELDERLY, Role.SUPERVISOR, home.districtCode()) ? Role.SUPERVISOR : null;
		if (role == null) {
			throw ApiException.forbidden("CARE_NOT_BED_RELEASER", "只有区民政局养老服务科审批人或负责人可以发布空床位");
		}
		String releaseNo = queue.releaseBed(homeCode, bedLabel, user.username());
		audit.record(user, role, home.districtCode(), null, "CARE_BED_RELEASED",
				"发布 " + home.name() + " 空床位 " + bedLabel + "（" + releaseNo + "）", null);
		return releaseNo;
	}

	/** What the elder answered, or what became of an accepted offer. */
	public enum OfferAction {

		ACCEPT(ElderlyCareHomeOfferProcess.MESSAGE_ACCEPTED), DECLINE(ElderlyCareHomeOfferProcess.MESSAGE_DECLINED),
		NO_ANSWER(ElderlyCareHomeOfferProcess.MESSAGE_NO_ANSWER),
		ADMITTED(ElderlyCareHomeOfferProcess.MESSAGE_ADMITTED),
		ADMISSION_FAILED(ElderlyCareHomeOfferProcess.MESSAGE_ADMISSION_FAILED);

		/** The message that tells the offer process. */
		private final String message;

		OfferAction(String message) {
			this.message = message;
		}

	}

	/**
	 * Records the elder's answer (accept, decline, no answer by the deadline) or the
	 * admission's outcome, by the clerk of the elder's unit or the district, and tells
	 * the offer's process (an answer cancels its deadline timer). An offer made before
	 * offers ran a process has none to tell. Against the timer, whichever locks the
	 * home's queue first wins: a no-answer after the offer lapsed is a 409, as is any
	 * answer.
	 * @throws ApiException 404 for an offer outside the user's reach, 409 when the offer
	 * is not in the state the action needs
	 */
	@Transactional
	public void answer(String offerNo, OfferAction action, StaffUser user) {
		CareQueueRows.Offer offer = rows.offerByNo(offerNo);
		CareHomeApplication application = offer == null ? null
				: rows.application(rows.entry(offer.entryId()).applicationId());
		Role role = application == null ? null : user.covers(BusinessLine.ELDERLY, Role.CLERK, application.unitCode())
				? Role.CLERK
				: user.covers(BusinessLine.ELDERLY, Role.REVIEWER, application.districtCode()) ? Role.REVIEWER : null;
		if (role == null) {
			throw ApiException.notFound("CARE_OFFER_NOT_FOUND", "床位通知不存在或无权查看");
		}
		switch (action) {
			case ACCEPT -> queue.accept(offer, user.username());
			case DECLINE -> queue.decline(offer, user.username());
			case NO_ANSWER -> queue.expire(offer, user.username());
			case ADMITTED -> queue.admitted(offer, user.username());
			case ADMISSION_FAILED -> queue.admissionFailed(offer, user.username());
		}
		if (rows.offerProcess(offer.id()) != null && !workflow.correlate(action.message, offerNo, Map.of())) {
			// the queue's row and the process disagree: change nothing
			throw action == OfferAction.ADMITTED || action == OfferAction.ADMISSION_FAILED
					? ApiException.conflict("CARE_OFFER_NOT_ACCEPTED", "该床位通知未被接受或已办结")
					: ApiException.conflict("CARE_OFFER_NOT_OPEN", "该床位通知已答复或已过期");
		}
		audit.record(user, role, application.unitCode(), application.applicationNo(), "CARE_OFFER_" + action.name(),
				"床位通知 " + offerNo + "：" + action.name(), null);
	}

	/**
	 * The offer's answer deadline passed (the offer process's timer): the offer lapses as
	 * a pass, by the system, and the bed goes to the next in line, in the timer's
	 * transaction. Does nothing when the offer was answered first.
	 */
	@Transactional
	public void lapse(long offerId) {
		CareQueueRows.Offer offer = rows.offer(offerId);
		if (offer == null || !queue.expire(offerId)) {
			return;
		}
		CareHomeApplication application = rows.application(rows.entry(offer.entryId()).applicationId());
		audit.record(new AuditRecord(AuditTrail.SYSTEM_ACTOR, AuditTrail.SYSTEM_ROLE, application.unitCode(),
				application.applicationNo(), "CARE_OFFER_LAPSED", "床位通知 " + offer.offerNo() + "：答复期限届满未答复，自动失效", null));
	}

	/**
	 * The elder withdraws (before assessment, or while waiting without an offer).
	 * @throws ApiException 409 otherwise
	 */
	@Transactional
	public CareHomeApplication withdraw(String applicationNo, StaffUser clerk) {
		CareHomeApplication application = visible(applicationNo, clerk);
		if (!clerk.covers(BusinessLine.ELDERLY, Role.CLERK, application.unitCode())) {
			throw ApiException.forbidden("CARE_NOT_CLERK", "只有受理街道的养老服务受理员可以撤回申请");
		}
		if (application.status() == Status.ASSESSING) {
			if (rows.close(application.id(), Status.ASSESSING, Status.ASSESSING.moveTo(Status.WITHDRAWN),
					clock.instant()) != 1) {
				throw ApiException.conflict(org.minzheng.flow.shared.StatusFlow.TRANSITION_INVALID, "案件状态已变化，请刷新");
			}
		}
		else {
			application.status().moveTo(Status.WITHDRAWN);
			queue.withdraw(application, clerk.username());
		}
		audit.record(clerk, Role.CLERK, application.unitCode(), applicationNo, "CARE_APPLICATION_WITHDRAWN", "撤回入住申请",
				null);
		return rows.application(application.id());
	}

	/** Roles that read a district's applications and queues. */
	private static final List<Role> READERS = List.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR,
			Role.AUDITOR, Role.ADMIN);

	/** Applications of the districts the user reads, newest first (at most 500). */
	@Transactional(readOnly = true)
	public List<CareHomeApplication> visible(StaffUser user) {
		java.util.Set<String> units = new java.util.TreeSet<>();
		READERS.forEach(r -> units.addAll(user.coverage(BusinessLine.ELDERLY, r)));
		if (units.isEmpty()) {
			return List.of();
		}
		return rows.applicationsIn(units).stream().filter(a -> reads(user, a.unitCode())).toList();
	}

	/** An application the user reads, or 404. */
	@Transactional(readOnly = true)
	public CareHomeApplication visible(String applicationNo, StaffUser user) {
		CareHomeApplication application = rows.applicationByNo(applicationNo);
		if (application == null || !reads(user, application.unitCode())) {
			throw ApiException.notFound("CARE_APPLICATION_NOT_FOUND", "入住申请不存在或无权查看");
		}
		return application;
	}

	/** A home the user reads (a reader of its district), or 404. */
	@Transactional(readOnly = true)
	public CareHome visibleHome(String homeCode, StaffUser user) {
		CareHome home = rows.home(homeCode);
		if (home == null || !reads(user, home.districtCode())) {
			throw ApiException.notFound("CARE_HOME_NOT_FOUND", "养老机构不存在或无权查看");
		}
		return home;
	}

	/** The priority tiers, as shipped data. */
	@Transactional(readOnly = true)
	public List<PriorityTier> tiers() {
		return rows.tiers();
	}

	/** Homes the user reads. */
	@Transactional(readOnly = true)
	public List<CareHome> visibleHomes(StaffUser user) {
		return rows.homes().stream().filter(h -> reads(user, h.districtCode())).toList();
	}

	private static boolean reads(StaffUser user, String unit) {
		return READERS.stream().anyMatch(r -> user.covers(BusinessLine.ELDERLY, r, unit));
	}

}
