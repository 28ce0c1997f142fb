package org.minzheng.flow.lottery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Areas and queued applicants for the lottery tests, made through the feature's own
 * services (area creation, queue entry); only the registration and review that precede
 * queue entry are skipped, by writing the reviewed application row directly.
 */
@Component
class LotteryFixtures {

	static final String YANTIAN = "440308";

	private static final AtomicInteger AREAS = new AtomicInteger();

	private final LotteryAreas areas;

	private final LotteryApplications applications;

	private final LotteryMapper lottery;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	LotteryFixtures(LotteryAreas areas, LotteryApplications applications, LotteryMapper lottery,
			UserDetailsService users, JdbcTemplate jdbc) {
		this.areas = areas;
		this.applications = applications;
		this.lottery = lottery;
		this.users = users;
		this.jdbc = jdbc;
	}

	StaffUser user(String username) {
		return (StaffUser) users.loadUserByUsername(username);
	}

	/** A fresh area of 盐田区 with its own code. */
	LotteryArea area(int plannedOutlets, int maxDeclines) {
		String code = YANTIAN + "-T" + AREAS.incrementAndGet() + (System.nanoTime() % 1000);
		return areas.create(
				new LotteryAreas.NewArea(code, "测试片区 " + code, YANTIAN, plannedOutlets, 300, 5, maxDeclines),
				user("yt-admin"));
	}

	/**
	 * An applicant who passed review and joined the area's queue; returns the
	 * application.
	 */
	LotteryApplication queued(LotteryArea area, String username) {
		QueueRows.Key key = new QueueRows.Key();
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
		lottery.insertApplication(key, "NEW-" + UUID.randomUUID(),
				new LotteryApplication(0, null, area.code(), area.districtCode(), "PERSON", "测试申请人" + username,
						org.minzheng.flow.shared.SealedText.of(id), null, LocalDate.of(1980, 1, 1), null, "盐田区测试路 1 号",
						new BigDecimal("22.580000"), new BigDecimal("114.260000"), new BigDecimal("30"),
						LocalDate.of(2030, 1, 1), null, null, null, null, null, null, null, null, null, null,
						"yt-lottery-clerk", Instant.now(), null));
		String no = "LT-%s-2026-%06d".formatted(area.districtCode(), key.id);
		lottery.numberApplication(key.id, no, username);
		jdbc.update("UPDATE lottery_application SET status = 'UNDER_REVIEW', records_clear = TRUE WHERE id = ?",
				key.id);
		applications.enterQueue(key.id);
		return lottery.application(key.id);
	}

	/**
	 * The applicant's signed-in user as the API sees it: PARTY at the district's
	 * applicant unit.
	 */
	static StaffUser applicant(String username) {
		String unit = LotteryApplications.applicantUnit(YANTIAN);
		return new StaffUser(0, username, username, "", true, false,
				List.of(new RoleAssignment(BusinessLine.LOTTERY, Role.PARTY, unit)),
				Map.of("lottery/PARTY", java.util.Set.of(unit)), Map.of(BusinessLine.LOTTERY, java.util.Set.of(unit)));
	}

}
