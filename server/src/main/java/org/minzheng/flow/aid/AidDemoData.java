package org.minzheng.flow.aid;

import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.StartupLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo data: 盐田区 entrusts the approval of 低保 and 特困 to all its streets (as its
 * administrator would, through the same service and audit trail); 福田区 entrusts nothing,
 * so its district approver decides.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class AidDemoData implements ApplicationRunner {

	static final String YANTIAN = "440308";

	private final EntrustmentService entrustments;

	private final UserDetailsService users;

	private final StartupLock lock;

	AidDemoData(EntrustmentService entrustments, UserDetailsService users, StartupLock lock) {
		this.entrustments = entrustments;
		this.users = users;
		this.lock = lock;
	}

	/**
	 * Under the start-up lock (each entrustment commits as it is created): nodes started
	 * at the same moment create the entrustments once.
	 */
	@Override
	public void run(ApplicationArguments args) {
		lock.run("the demo entrustments", this::create);
	}

	private void create() {
		StaffUser admin = (StaffUser) users.loadUserByUsername("yt-admin");
		if (!entrustments.forDistrict(YANTIAN, admin).isEmpty()) {
			return;
		}
		for (BenefitType type : BenefitType.values()) {
			entrustments.create(new EntrustmentService.NewEntrustment(YANTIAN, type, true, List.of(), "深盐府办〔2025〕12号",
					LocalDate.of(2025, 1, 1), null), admin);
		}
	}

}
