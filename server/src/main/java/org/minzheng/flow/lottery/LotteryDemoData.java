package org.minzheng.flow.lottery;

import java.math.BigDecimal;

import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.StartupLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo data: 盐田区's 海山片区 ({@value #AREA}) with three planned outlets and two outlets that
 * already exist, defined by its administrator through the same services and audit trail,
 * so the public page and a first application have something to show.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class LotteryDemoData implements ApplicationRunner {

	static final String AREA = "440308-HS";

	private final LotteryAreas areas;

	private final LotteryOutlets outlets;

	private final QueueMapper queue;

	private final UserDetailsService users;

	private final StartupLock lock;

	LotteryDemoData(LotteryAreas areas, LotteryOutlets outlets, QueueMapper queue, UserDetailsService users,
			StartupLock lock) {
		this.areas = areas;
		this.outlets = outlets;
		this.queue = queue;
		this.users = users;
		this.lock = lock;
	}

	/**
	 * Under the start-up lock (each step commits as it is made): nodes started at the
	 * same moment create the area once.
	 */
	@Override
	public void run(ApplicationArguments args) {
		lock.run("the demo lottery area", this::create);
	}

	private void create() {
		if (queue.area(AREA) != null) {
			return;
		}
		StaffUser admin = (StaffUser) users.loadUserByUsername("yt-admin");
		areas.create(new LotteryAreas.NewArea(AREA, "海山片区", "440308", 3, 300, 5, 2), admin);
		outlets.register(AREA, "海山福彩站", "盐田区海山路 12 号", new BigDecimal("22.556100"), new BigDecimal("114.236800"),
				admin);
		outlets.register(AREA, "田东福彩站", "盐田区东海道 203 号", new BigDecimal("22.561900"), new BigDecimal("114.247300"),
				admin);
	}

}
