package org.minzheng.flow.security;

import org.minzheng.flow.shared.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With demo data only: the privileged demo users (administrators, process owners,
 * auditors, supervisors) are enrolled with one fixed secret, {@value #SECRET}, which the
 * README lists and the login page shows under 「演示环境」. Without demo data the secret counts
 * for nothing ({@link SecondFactorService} treats a user holding it as not enrolled), so
 * a fixed secret can never guard a real account. A demo user who enrolled their own
 * secret keeps it.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class DemoSecondFactor implements ApplicationRunner {

	/** The demo secret (Base32), for any authenticator app. */
	static final String SECRET = "MINZHENGFLOWDEMOSECRETTOTP234567";

	private static final Logger log = LoggerFactory.getLogger(DemoSecondFactor.class);

	private final UserMapper users;

	private final SecondFactorMapper factors;

	private final StartupLock lock;

	private final TransactionTemplate tx;

	private final java.time.Clock clock;

	DemoSecondFactor(UserMapper users, SecondFactorMapper factors, StartupLock lock, TransactionTemplate tx,
			java.time.Clock clock) {
		this.users = users;
		this.factors = factors;
		this.lock = lock;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		lock.run("the demo second factor", () -> tx.executeWithoutResult(status -> enrol()));
	}

	private void enrol() {
		int enrolled = 0;
		for (DemoUsers.Demo demo : DemoUsers.USERS) {
			if (!SecondFactorPolicy.PRIVILEGED.contains(demo.role())) {
				continue;
			}
			UserMapper.UserRow user = users.findByUsername(demo.username());
			if (user == null || factors.find(user.id()) != null) {
				continue;
			}
			factors.insert(user.id(), SECRET, clock.instant(), clock.instant());
			enrolled++;
		}
		if (enrolled > 0) {
			log.info("Enrolled {} privileged demo users in the second factor with the demo secret {}", enrolled,
					SECRET);
		}
	}

}
