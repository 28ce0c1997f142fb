package org.minzheng.flow.aid.spotcheck;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.aid.AidSpotCheckProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.Paging;
import org.minzheng.flow.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one class that starts {@code AidSpotCheckProcess}: on the first working day of a
 * month (or the first run after it) draws, once per district, a reproducible sample
 * ({@link SpotCheckSample}) of last month's decisions its streets took under entrustment
 * and opens one spot-check case per sampled decision for the district's reviewers; lists
 * the checks, the draws and the dashboard per entrustment for the district's staff.
 */
@Service
public class AidSpotCheckService {

	private static final Logger log = LoggerFactory.getLogger(AidSpotCheckService.class);

	/** The roles of the district that see its spot checks. */
	static final Set<Role> DISTRICT_ROLES = Set.of(Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR, Role.AUDITOR);

	private final AidSpotCheckMapper checks;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final WorkingDayCalendar calendar;

	private final OrgDirectory orgs;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AidSpotCheckService(AidSpotCheckMapper checks, Workflow workflow, AuditTrail audit, WorkingDayCalendar calendar,
			OrgDirectory orgs, Clock clock) {
		this.checks = checks;
		this.workflow = workflow;
		this.audit = audit;
		this.calendar = calendar;
		this.orgs = orgs;
		this.clock = clock;
	}

	/**
	 * The timer's work: on or after this month's first working day, draws last month's
	 * sample of every district with entrusted streets that has none yet.
	 * @return the check numbers opened now
	 */
	@Transactional
	public List<String> drawDue() {
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(firstWorkingDay(YearMonth.from(today)))) {
			return List.of();
		}
		YearMonth month = YearMonth.from(today).minusMonths(1);
		List<String> opened = new ArrayList<>();
		for (String district : checks.districtsWithEntrustments(month.atDay(1), month.plusMonths(1).atDay(1))) {
			if (checks.countDraws(district, month.atDay(1)) == 0) {
				opened.addAll(draw(district, month));
			}
		}
		return opened;
	}

	/**
	 * Draws the district's sample of the month and opens its checks (the unique key on
	 * district and month refuses a second draw).
	 * @return the check numbers opened
	 */
	@Transactional
	public List<String> draw(String districtCode, YearMonth month) {
		AidSpotCheckMapper.Policy policy = policyWithSalt(districtCode);
		ZoneId zone = clock.getZone();
		Map<String, AidSpotCheckMapper.Decision> decisions = checks
			.entrustedDecisions(districtCode, month.atDay(1).atStartOfDay(zone).toInstant(),
					month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())
			.stream()
			.collect(Collectors.toMap(AidSpotCheckMapper.Decision::applicationNo, Function.identity(), (a, b) -> a,
					LinkedHashMap::new));
		SpotCheckSample sample = SpotCheckSample.draw(decisions.keySet(), districtCode, month, policy.salt(),
				policy.sharePercent());
		AidSpotCheckMapper.Key draw = new AidSpotCheckMapper.Key();
		checks.insertDraw(draw,
				new AidSpotCheckDraw(0, districtCode, month.atDay(1), policy.salt(), sample.seed(),
						policy.sharePercent(), sample.population().size(), sample.sample().size(),
						String.join(",", sample.population()), String.join(",", sample.sample()), clock.instant()));
		audit.recordSystem(districtCode, null, "AID_SPOT_CHECK_DRAWN",
				"抽取 " + month + " 委托审批决定 " + sample.sample().size() + " 件（共 " + sample.population().size() + " 件，比例 "
						+ policy.sharePercent() + "%，种子 " + sample.seed() + "）",
				null);
		List<String> opened = new ArrayList<>();
		for (String applicationNo : sample.sample()) {
			opened.add(open(draw.id, districtCode, decisions.get(applicationNo)));
		}
		log.info("spot check {} of {}: {} of {} drawn", month, districtCode, opened.size(), decisions.size());
		return opened;
	}

	private String open(long drawId, String districtCode, AidSpotCheckMapper.Decision decision) {
		AidSpotCheckMapper.Key key = new AidSpotCheckMapper.Key();
		checks.insertCheck(key, "NEW-" + UUID.randomUUID().toString().replace("-", ""),
				new AidSpotCheck(0, null, drawId, districtCode, decision.competentStreetCode(), decision.id(),
						decision.applicationNo(), decision.entrustmentId(), AidSpotCheckStatus.OPEN, null, null, null,
						null, false, null, null, null, null, null, clock.instant(), null));
		String number = "CC-%s-%d-%06d".formatted(districtCode, Year.now(clock).getValue(), key.id);
		checks.setNumber(key.id, number);
		checks.setProcessInstance(key.id, workflow.start(AidSpotCheckProcess.PROCESS_KEY, number, Map
			.of(AidSpotCheckProcess.VAR_SPOT_CHECK_ID, key.id, AidSpotCheckProcess.VAR_DISTRICT_CODE, districtCode)));
		audit.recordSystem(districtCode, number, "AID_SPOT_CHECK_OPENED",
				"抽中街道受委托审批决定 " + decision.applicationNo() + "（" + orgs.nameOf(decision.competentStreetCode()) + "）",
				null);
		return number;
	}

	/** The district's policy; its salt is made (once) on its first draw. */
	private AidSpotCheckMapper.Policy policyWithSalt(String districtCode) {
		AidSpotCheckMapper.Policy policy = checks.policy(districtCode);
		if (policy.salt() != null && policy.districtCode().equals(districtCode)) {
			return policy;
		}
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		String salt = HexFormat.of().formatHex(bytes);
		if (!policy.districtCode().equals(districtCode)) {
			checks.insertPolicy(new AidSpotCheckMapper.Policy(districtCode, policy.sharePercent(),
					policy.flagFindings(), policy.flagMonths(), salt));
		}
		else {
			checks.setSalt(districtCode, salt);
		}
		return checks.policy(districtCode);
	}

	LocalDate firstWorkingDay(YearMonth month) {
		LocalDate day = month.atDay(1);
		while (!calendar.isWorkingDay(day) && day.getMonth() == month.getMonth()) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** The checks of the districts the user sees them for, newest first. */
	@Transactional(readOnly = true)
	public List<AidSpotCheck> visible(StaffUser user, int page, int size) {
		Paging paging = Paging.of(page, size, 200);
		return checks.inDistricts(districts(user), paging.offset(), paging.size());
	}

	/** The draws of the districts the user sees, newest first, with what replays them. */
	@Transactional(readOnly = true)
	public List<DrawView> draws(StaffUser user) {
		return checks.drawsIn(districts(user), 60)
			.stream()
			.map(d -> new DrawView(d.districtCode(), YearMonth.from(d.sampleMonth()), Long.toString(d.seed()),
					d.sharePercent(), d.populationSize(), d.sampleSize(), split(d.populationNos()),
					split(d.sampleNos()), d.drawnAt()))
			.toList();
	}

	/**
	 * Per entrustment of the districts the user sees: the checks done, the findings, and
	 * whether its findings in the district's last months (policy) reach the district's
	 * threshold, for the district to consider revoking it.
	 */
	@Transactional(readOnly = true)
	public List<EntrustmentRecord> dashboard(StaffUser user) {
		Map<Long, List<AidSpotCheckMapper.CheckRow>> byEntrustment = checks.checkRows(districts(user))
			.stream()
			.collect(Collectors.groupingBy(AidSpotCheckMapper.CheckRow::entrustmentId, LinkedHashMap::new,
					Collectors.toList()));
		YearMonth now = YearMonth.now(clock);
		List<EntrustmentRecord> records = new ArrayList<>();
		byEntrustment.forEach((id, rows) -> {
			AidSpotCheckMapper.CheckRow first = rows.get(0);
			AidSpotCheckMapper.Policy policy = checks.policy(first.districtCode());
			YearMonth since = now.minusMonths(policy.flagMonths());
			long done = rows.stream().filter(r -> r.status().isConcluded()).count();
			long findings = rows.stream().filter(r -> r.status().isFinding()).count();
			long recent = rows.stream()
				.filter(r -> r.status().isFinding() && !YearMonth.from(r.sampleMonth()).isBefore(since))
				.count();
			records.add(new EntrustmentRecord(id, first.districtCode(), first.documentNo(), first.benefitType(),
					first.revokedAt() != null, rows.size(), done, findings, recent, policy.flagMonths(),
					policy.flagFindings(), recent >= policy.flagFindings()));
		});
		return records;
	}

	/**
	 * The districts whose spot checks the user sees: where a district role covers them.
	 */
	Set<String> districts(StaffUser user) {
		Set<String> districts = new TreeSet<>();
		for (Role role : DISTRICT_ROLES) {
			user.coverage(BusinessLine.AID, role)
				.stream()
				.filter(code -> orgs.find(code).filter(unit -> unit.isDistrict()).isPresent())
				.forEach(districts::add);
		}
		if (districts.isEmpty()) {
			throw ApiException.forbidden("ACCESS_DENIED", "抽查由区民政局查看");
		}
		return districts;
	}

	private static List<String> split(String numbers) {
		return numbers == null || numbers.isEmpty() ? List.of() : List.of(numbers.split(","));
	}

	/**
	 * A draw as shown: enough to replay the shuffle (the salt stays in the database); the
	 * seed as text, since a browser's numbers hold 53 bits.
	 */
	public record DrawView(String districtCode, YearMonth month, String seed, int sharePercent, int populationSize,
			int sampleSize, List<String> population, List<String> sample, java.time.Instant drawnAt) {
	}

	/** One entrustment's spot-check record on the dashboard. */
	public record EntrustmentRecord(long entrustmentId, String districtCode, String documentNo, String benefitType,
			boolean revoked, int checks, long concluded, long findings, long recentFindings, int flagMonths,
			int flagFindings, boolean flagged) {
	}

}
