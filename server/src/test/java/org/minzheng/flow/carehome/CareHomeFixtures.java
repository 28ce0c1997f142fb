package org.minzheng.flow.carehome;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.queue.ChainHash;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Care homes and assessed elders for the tests, made through the services. */
@Component
class CareHomeFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

	static final String YANTIAN = "440308";

	static final String CLERK = "yt-shatoujiao-elderly-clerk";

	static final String REVIEWER = "yt-elderly-reviewer";

	static final String APPROVER = "yt-elderly-approver";

	private static final AtomicInteger HOMES = new AtomicInteger();

	private final CareHomeApplications applications;

	private final UserDetailsService users;

	CareHomeFixtures(CareHomeApplications applications, UserDetailsService users) {
		this.applications = applications;
		this.users = users;
	}

	StaffUser user(String username) {
		return (StaffUser) users.loadUserByUsername(username);
	}

	/** A fresh care home of 盐田区 with its own code. */
	CareHome home(int beds, int maxDeclines) {
		String code = YANTIAN + "-C" + HOMES.incrementAndGet() + (System.nanoTime() % 100000);
		return applications.createHome(new CareHomeApplications.NewHome(code, "测试养老院 " + code, "Test home " + code,
				YANTIAN, "盐田区测试路 1 号", beds, 1, 5, maxDeclines, "test"), user("yt-admin"));
	}

	/**
	 * A valid citizen ID number of someone born on that day, different from every other
	 * this JVM made (the sequence counts up: random ones collided among the hundreds of
	 * elders the tests give the same birthday).
	 */
	static String idNumber(LocalDate birthDate) {
		String first17 = "440308" + birthDate.toString().replace("-", "")
				+ "%03d".formatted(SEQUENCE.getAndIncrement() % 1000);
		return first17 + CitizenIdNumber.checkCharacter(first17);
	}

	/** A random birth date between 1930 and 1960. */
	static LocalDate randomBirthDate() {
		return LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30 * 365));
	}

	/** An application registered by the street clerk, awaiting assessment. */
	CareHomeApplication submitted(CareHome home, String tier, LocalDate birthDate) {
		return applications.submit(new CareHomeApplications.NewApplication(home.code(), "测试长者" + birthDate,
				idNumber(birthDate), tier, null), user(CLERK));
	}

	/** An elder assessed at the level given by the district's reviewer. */
	CareHomeApplication assessed(CareHomeApplication application, int level) {
		return applications.assess(application.applicationNo(),
				new CareHomeApplications.Assessment(level, "测试评估 " + ChainHash.GENESIS.substring(0, 4)),
				user(REVIEWER));
	}

	/** An elder in the home's queue. */
	CareHomeApplication queued(CareHome home, String tier, LocalDate birthDate) {
		return assessed(submitted(home, tier, birthDate), 2);
	}

}
