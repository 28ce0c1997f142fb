package org.minzheng.flow.lottery;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Areas and their openings: a district administrator defines an area (planned outlets,
 * minimum distance, answer deadline, decline limit), a district supervisor releases its
 * planned slots one at a time.
 */
@Service
public class LotteryAreas {

	/**
	 * The unit of the city welfare lottery issuing centre (深圳市福利彩票发行中心, the sales
	 * institution that appoints agents): its staff hold the lottery roles at the city
	 * bureau.
	 */
	public static final String CITY_CENTRE = "440300";

	private final QueueMapper queueRows;

	private final LotteryQueue queue;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final LotteryProperties defaults;

	private final Clock clock;

	LotteryAreas(QueueMapper queueRows, LotteryQueue queue, OrgDirectory orgs, AuditTrail audit,
			LotteryProperties defaults, Clock clock) {
		this.queueRows = queueRows;
		this.queue = queue;
		this.orgs = orgs;
		this.audit = audit;
		this.defaults = defaults;
		this.clock = clock;
	}

	/**
	 * A new area as its district's administrator defines it; unset rules take the
	 * defaults.
	 */
	public record NewArea(@NotBlank @Pattern(regexp = "[0-9]{6}-[A-Z0-9]{1,8}") String code,
			@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 20) String districtCode,
			@Min(0) @Max(10_000) int plannedOutlets, @Min(0) @Max(100_000) Integer minDistanceMetres,
			@Min(1) @Max(60) Integer answerWorkingDays, @Min(1) @Max(20) Integer maxDeclines) {
	}

	/**
	 * Defines an area and starts its queue's chain.
	 * @throws ApiException 400 when the code does not start with the district's, 403
	 * without ADMIN at the district, 409 when the code exists
	 */
	@Transactional
	public LotteryArea create(NewArea request, StaffUser admin) {
		OrgUnit district = orgs.find(request.districtCode())
			.filter(OrgUnit::isDistrict)
			.orElseThrow(() -> ApiException.badRequest("UNKNOWN_DISTRICT", "districtCode", "区代码不存在"));
		if (!admin.covers(BusinessLine.LOTTERY, Role.ADMIN, district.code())) {
			throw ApiException.forbidden("NOT_DISTRICT_ADMIN", "只有该区管理员可以设置片区");
		}
		if (!request.code().startsWith(district.code() + "-")) {
			throw ApiException.badRequest("AREA_CODE_NOT_IN_DISTRICT", "code", "片区代码须以区代码开头");
		}
		LotteryArea area = new LotteryArea(request.code(), request.name().strip(), district.code(),
				request.plannedOutlets(), orDefault(request.minDistanceMetres(), defaults.defaultMinDistanceM()),
				orDefault(request.answerWorkingDays(), defaults.defaultAnswerWorkingDays()),
				orDefault(request.maxDeclines(), defaults.defaultMaxDeclines()), 0, QueueEventHash.GENESIS,
				clock.instant());
		audit.record(admin, Role.ADMIN, district.code(), null, "LOTTERY_AREA_CREATED",
				"设立福彩代销片区 " + area.name() + "（" + area.code() + "）：规划 " + area.plannedOutlets() + " 个名额，最小间距 "
						+ area.minDistanceM() + " 米，答复期限 " + area.answerWorkingDays() + " 个工作日，放弃 " + area.maxDeclines()
						+ " 次退出轮候",
				null);
		try {
			queue.createArea(area, admin.username());
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("AREA_EXISTS", "片区代码已存在");
		}
		return queueRows.area(area.code());
	}

	/**
	 * Releases the area's next planned slot as an opening, offered at once to the head of
	 * the queue.
	 */
	@Transactional
	public String releasePlannedSlot(String areaCode, StaffUser supervisor) {
		LotteryArea area = visible(areaCode, supervisor);
		if (!supervisor.covers(BusinessLine.LOTTERY, Role.SUPERVISOR, area.districtCode())) {
			throw ApiException.forbidden("NOT_LOTTERY_SUPERVISOR", "只有区民政局福彩代销负责人可以发布名额");
		}
		audit.record(supervisor, Role.SUPERVISOR, area.districtCode(), null, "LOTTERY_OPENING_RELEASED",
				"发布片区 " + area.name() + " 的规划名额", null);
		return queue.releasePlannedSlot(areaCode, supervisor.username());
	}

	/**
	 * Areas the user reads: those of the districts where they hold a role that reads
	 * areas for the lottery line (not a process owner's or an applicant's).
	 */
	@Transactional(readOnly = true)
	public List<LotteryArea> visible(StaffUser user) {
		return queueRows.areas().stream().filter(a -> reads(user, a)).toList();
	}

	/** An area the user reads, or 404. */
	@Transactional(readOnly = true)
	public LotteryArea visible(String areaCode, StaffUser user) {
		LotteryArea area = queueRows.area(areaCode);
		if (area == null || !reads(user, area)) {
			throw ApiException.notFound("AREA_NOT_FOUND", "片区不存在或无权查看");
		}
		return area;
	}

	/** The area, if the user administers its district. */
	static LotteryArea requireAdmin(QueueMapper queueRows, String areaCode, StaffUser admin) {
		LotteryArea area = queueRows.area(areaCode);
		if (area == null || !admin.canSee(BusinessLine.LOTTERY, area.districtCode())) {
			throw ApiException.notFound("AREA_NOT_FOUND", "片区不存在或无权查看");
		}
		if (!admin.covers(BusinessLine.LOTTERY, Role.ADMIN, area.districtCode())) {
			throw ApiException.forbidden("NOT_DISTRICT_ADMIN", "只有该区管理员可以登记销售场所");
		}
		return area;
	}

	/** Roles that read a district's areas and queues in full (as on the area page). */
	static final Set<Role> AREA_READERS = EnumSet.of(Role.CLERK, Role.REVIEWER, Role.APPROVER, Role.SUPERVISOR,
			Role.AUDITOR, Role.ADMIN);

	private static boolean reads(StaffUser user, LotteryArea area) {
		return AREA_READERS.stream().anyMatch(role -> user.covers(BusinessLine.LOTTERY, role, area.districtCode()));
	}

	private static int orDefault(Integer value, int fallback) {
		return value == null ? fallback : value;
	}

}
