package org.minzheng.flow.lottery;

import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.integration.credit.CreditCheckResult;
import org.minzheng.flow.integration.credit.CreditPlatformClient;
import org.minzheng.flow.integration.credit.SubjectKind;
import org.minzheng.flow.processes.lottery.LotteryApplicationProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffDirectory;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.minzheng.flow.shared.UnifiedSocialCreditCode;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts {@code LotteryApplicationProcess}: registers an application
 * with the applicant's own account, runs the records and qualification checks the process
 * asks for, and puts approved applicants in their area's queue.
 */
@Service
public class LotteryApplications {

	static final String FEATURE = "lottery";

	/** The EXTERNAL unit whose PARTY role applicants of a district hold. */
	static String applicantUnit(String districtCode) {
		return "LT-AP-" + districtCode;
	}

	private static final Logger log = LoggerFactory.getLogger(LotteryApplications.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final LotteryMapper lottery;

	private final QueueMapper queueRows;

	private final LotteryQueue queue;

	private final CreditPlatformClient credit;

	private final StaffDirectory directory;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final LotteryProperties rules;

	private final Clock clock;

	LotteryApplications(LotteryMapper lottery, QueueMapper queueRows, LotteryQueue queue, CreditPlatformClient credit,
			StaffDirectory directory, Workflow workflow, AuditTrail audit, LotteryProperties rules, Clock clock) {
		this.lottery = lottery;
		this.queueRows = queueRows;
		this.queue = queue;
		this.credit = credit;
		this.directory = directory;
		this.workflow = workflow;
		this.audit = audit;
		this.rules = rules;
		this.clock = clock;
	}

	/** What registration returns once: the application and the applicant's sign-in. */
	public record Registered(LotteryApplication application, String applicantUsername, String initialPassword) {
	}

	/**
	 * Registers an application at the district lottery office, creates the applicant's
	 * account (PARTY at the district's applicant unit; the password is shown once, for
	 * the receipt) and starts the checks.
	 * @throws ApiException 400 for invalid data, 403 outside the clerk's district, 409
	 * when the applicant already has a live application
	 */
	@Transactional
	public Registered submit(SubmitLotteryApplication request, StaffUser clerk) {
		LotteryArea area = queueRows.area(request.areaCode());
		if (area == null) {
			throw ApiException.badRequest("AREA_NOT_FOUND", "areaCode", "片区不存在");
		}
		if (!clerk.covers(BusinessLine.LOTTERY, Role.CLERK, area.districtCode())) {
			throw ApiException.forbidden("NOT_LOTTERY_CLERK", "您不是该区民政局福彩代销受理人员");
		}
		String key = request.applicantId().strip().toUpperCase(java.util.Locale.ROOT);
		LocalDate birthDate = null;
		if (request.applicantKind() == SubmitLotteryApplication.ApplicantKind.PERSON) {
			CitizenIdNumber.problem(key).ifPresent(problem -> {
				throw ApiException.badRequest("INVALID_ID_NUMBER", "applicantId", problem.message());
			});
			birthDate = CitizenIdNumber.of(key).birthDate();
		}
		else {
			UnifiedSocialCreditCode.problem(key).ifPresent(problem -> {
				throw ApiException.badRequest("INVALID_USCC", "applicantId", problem.message());
			});
		}
		if (lottery.liveApplicationOf(key) != null) {
			throw liveApplicationExists();
		}
		LotteryApplication draft = new LotteryApplication(0, null, area.code(), area.districtCode(),
				request.applicantKind().name(), request.applicantName().strip(),
				org.minzheng.flow.shared.SealedText.of(key), null, birthDate, request.mobile(),
				request.siteAddress().strip(), request.siteLatitude(), request.siteLongitude(), request.siteAreaM2(),
				request.leaseUntil(), null, null, null, null, null, null, null, null, null, null, clerk.username(),
				clock.instant(), null);
		QueueRows.Key id = new QueueRows.Key();
		try {
			lottery.insertApplication(id, "NEW-" + UUID.randomUUID(), draft);
		}
		catch (DuplicateKeyException ex) {
			throw liveApplicationExists(); // a concurrent registration of the same
											// applicant
		}
		String number = "LT-%s-%d-%06d".formatted(area.districtCode(), Year.now(clock).getValue(), id.id);
		// the applicant's sign-in name is not their application number: a number on a
		// receipt or the public queue must not tell anyone which account to try
		String username = newUsername();
		String password = newPassword();
		lottery.numberApplication(id.id, number, username);
		directory.createPartyUser(username, PersonalDataMasking.maskName(draft.applicantName()) + "（福彩代销申请人）", password,
				applicantUnit(area.districtCode()), BusinessLine.LOTTERY);
		audit.record(new AuditRecord(clerk.username(), Role.CLERK.name(), area.districtCode(), number,
				"LOTTERY_APPLICATION_SUBMITTED", "受理福彩代销申请：申请人 " + PersonalDataMasking.maskName(draft.applicantName())
						+ "，片区 " + area.name() + "，拟设场所 " + draft.siteAddress(),
				null));
		String processInstanceId = workflow.start(LotteryApplicationProcess.PROCESS_KEY, number,
				Map.of(LotteryApplicationProcess.VAR_APPLICATION_ID, id.id, LotteryApplicationProcess.VAR_DISTRICT_CODE,
						area.districtCode(), LotteryApplicationProcess.VAR_AREA_CODE, area.code()));
		lottery.setApplicationProcess(id.id, processInstanceId);
		log.info("[{}] lottery application registered for area {}", number, area.code());
		return new Registered(lottery.application(id.id), username, password);
	}

	/**
	 * Roles that read an application (the applicant's personal data, masked): those
	 * handling it and those supervising or auditing them, not administrators or process
	 * owners.
	 */
	static final Set<Role> APPLICATION_READERS = EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR,
			Role.AUDITOR);

	/** An application as the user reads it (personal data masked), or 404. */
	@Transactional(readOnly = true)
	public LotteryApplicationView view(String applicationNo, StaffUser user) {
		return LotteryApplicationView.of(visible(applicationNo, user).forStaff());
	}

	/** An application the user reads, or 404. */
	@Transactional(readOnly = true)
	public LotteryApplication visible(String applicationNo, StaffUser user) {
		LotteryApplication application = lottery.applicationByNo(applicationNo);
		if (application == null || APPLICATION_READERS.stream()
			.noneMatch(role -> user.covers(BusinessLine.LOTTERY, role, application.districtCode()))) {
			throw ApiException.notFound("APPLICATION_NOT_FOUND", "申请不存在或无权查看");
		}
		return application;
	}

	/** The records check of the process: the credit platform's answer is stored. */
	@Transactional
	public void checkRecords(long applicationId, String activityId) {
		LotteryApplication application = lottery.application(applicationId);
		CreditCheckResult record = credit.check(SubjectKind.valueOf(application.applicantKind()),
				application.applicantKey().value(), application.applicationNo() + ":" + activityId);
		lottery.setRecords(applicationId, record.clear());
	}

	/**
	 * The qualification check: age, records, lease, site area, and the minimum distance
	 * to every standing outlet, from coordinates.
	 * @return whether the applicant qualifies (then the district office reviews)
	 */
	@Transactional
	public boolean checkQualification(long applicationId) {
		LotteryApplication application = lottery.application(applicationId);
		LotteryArea area = queueRows.area(application.areaCode());
		LocalDate today = LocalDate.now(clock);
		List<String> reasons = new ArrayList<>();
		if (application.birthDate() != null
				&& Period.between(application.birthDate(), today).getYears() < rules.minAge()) {
			reasons.add("申请人未满 " + rules.minAge() + " 周岁");
		}
		if (!Boolean.TRUE.equals(application.recordsClear())) {
			reasons.add("存在失信或违法犯罪记录");
		}
		if (application.leaseUntil().isBefore(today.plusMonths(rules.minLeaseMonths()))) {
			reasons.add("场地租期不足 " + rules.minLeaseMonths() + " 个月");
		}
		if (application.siteAreaM2().compareTo(java.math.BigDecimal.valueOf(rules.minSiteAreaM2())) < 0) {
			reasons.add("场地面积不足 " + rules.minSiteAreaM2() + " 平方米");
		}
		Integer nearest = nearestOutletMetres(application);
		if (nearest != null && nearest < area.minDistanceM()) {
			reasons.add("距最近的销售场所 " + nearest + " 米，不足 " + area.minDistanceM() + " 米");
		}
		boolean qualified = reasons.isEmpty();
		LotteryApplication.Status from = LotteryApplication.Status.CHECKING;
		lottery.qualify(applicationId, from, qualified ? from.moveTo(LotteryApplication.Status.UNDER_REVIEW) : from,
				nearest, qualified ? null : String.join("；", reasons));
		return qualified;
	}

	/** Approved on review: the application joins the back of its area's queue. */
	@Transactional
	public void enterQueue(long applicationId) {
		LotteryApplication application = lottery.application(applicationId);
		if (lottery.transition(applicationId, application.status(),
				application.status().moveTo(LotteryApplication.Status.QUEUED)) != 1) {
			throw new IllegalStateException("application " + application.applicationNo() + " is not under review");
		}
		queue.enter(application.areaCode(), applicationId, application.applicationNo(), LotteryQueue.SYSTEM);
	}

	/**
	 * The application process ended without a queue place: the applicant may apply again.
	 */
	@Transactional
	public void notQueued(long applicationId, LotteryApplication.Status status) {
		LotteryApplication application = lottery.application(applicationId);
		LotteryApplication.Status from = application.status();
		if (from == status) {
			return; // already recorded (a retried listener)
		}
		lottery.close(applicationId, from, from.moveTo(status), clock.instant());
	}

	private Integer nearestOutletMetres(LotteryApplication application) {
		double lat = application.siteLatitude().doubleValue();
		double lon = application.siteLongitude().doubleValue();
		return lottery.standingOutlets()
			.stream()
			.mapToDouble(o -> Distances.metres(lat, lon, o.latitude().doubleValue(), o.longitude().doubleValue()))
			.min()
			.stream()
			.mapToObj(m -> java.math.BigDecimal.valueOf(m).setScale(0, RoundingMode.FLOOR).intValue())
			.findFirst()
			.orElse(null);
	}

	private static ApiException liveApplicationExists() {
		return ApiException.conflict("APPLICATION_ALREADY_LIVE", "该申请人已有在办或轮候中的申请");
	}

	/**
	 * A sign-in name unrelated to the application number: {@code lt-} and 10 random
	 * letters and digits (no look-alikes).
	 */
	private static String newUsername() {
		String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
		StringBuilder username = new StringBuilder("lt-");
		for (int i = 0; i < 10; i++) {
			username.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return username.toString();
	}

	private static String newPassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
