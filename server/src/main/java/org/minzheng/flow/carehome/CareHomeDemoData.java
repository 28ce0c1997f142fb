package org.minzheng.flow.carehome;

import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.StartupLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo data: two public care homes of 盐田区, registered by the district's administrator
 * through the same service, so the public page has something to show. Bed counts are
 * illustrative (the research names no home and no count): the bureau's list replaces
 * them.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class CareHomeDemoData implements ApplicationRunner {

	static final String HOME = "440308-YTFL";

	private final CareHomeApplications applications;

	private final CareHomeMapper rows;

	private final UserDetailsService users;

	private final StartupLock lock;

	CareHomeDemoData(CareHomeApplications applications, CareHomeMapper rows, UserDetailsService users,
			StartupLock lock) {
		this.applications = applications;
		this.rows = rows;
		this.users = users;
		this.lock = lock;
	}

	@Override
	public void run(ApplicationArguments args) {
		lock.run("the demo care homes", this::create);
	}

	private void create() {
		if (rows.home(HOME) != null) {
			return;
		}
		StaffUser admin = (StaffUser) users.loadUserByUsername("yt-admin");
		String source = "示例数据（床位数未经核实，以市、区民政局公布的公办养老机构名录为准）";
		applications.createHome(new CareHomeApplications.NewHome(HOME, "盐田区社会福利中心", "Yantian Social Welfare Centre",
				"440308", "深圳市盐田区", 120, 1, 5, 2, source), admin);
		applications.createHome(new CareHomeApplications.NewHome("440308-STJ", "沙头角街道长者养护中心",
				"Shatoujiao Elder Care Centre", "440308", "深圳市盐田区沙头角街道", 40, 1, 5, 2, source), admin);
	}

}
