package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction reads the application and its members once
 * ({@code ReadOncePerTransaction} on AidMapper) until it writes their table, also from a
 * transaction started inside it.
 */
@ApplicationTest
class AidReadsOncePerTransactionIT {

	@Autowired
	AidMapper aid;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void keepsTheApplicationUntilTheTransactionWritesIt() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			// given
			long id = newApplication("MZ-READS-1");
			AidApplication first = aid.findByNo("MZ-READS-1");

			// when read again, and after a write
			AidApplication again = aid.findByNo("MZ-READS-1");
			aid.setSelfCareLevel(id, "PARTIAL");
			AidApplication written = aid.findByNo("MZ-READS-1");

			// then
			assertThat(again).isSameAs(first);
			assertThat(written).isNotSameAs(first);
			assertThat(written.selfCareLevel()).isEqualTo("PARTIAL");
			assertThat(aid.findById(id)).isSameAs(aid.findById(id));
			status.setRollbackOnly();
		});
	}

	@Test
	void aReadByNumberServesTheReadByIdAndTheOtherWayRound() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			// given
			long id = newApplication("MZ-READS-3");
			long other = newApplication("MZ-READS-4");

			// when one is read by number, the other by id
			AidApplication byNo = aid.findByNo("MZ-READS-3");
			AidApplication byId = aid.findById(other);

			// then each is the row the other way reads, until the table is written
			assertThat(aid.findById(id)).isSameAs(byNo);
			assertThat(aid.findByNo("MZ-READS-4")).isSameAs(byId);
			aid.setSelfCareLevel(id, "PARTIAL");
			assertThat(aid.findById(id)).isNotSameAs(byNo)
				.extracting(AidApplication::selfCareLevel)
				.isEqualTo("PARTIAL");
			assertThat(aid.findByNo("MZ-READS-4")).isNotSameAs(byId).isEqualTo(byId);
			assertThat(aid.findByNo("MZ-READS-NONE")).isNull();
			status.setRollbackOnly();
		});
	}

	@Test
	void keepsTheMembersAcrossWritesToOtherTables() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			// given
			long id = newApplication("MZ-READS-2");
			AidApplication application = aid.findById(id);
			AidMember applicant = aid.member(application.applicantMemberId());

			// when the application is written
			aid.setSelfCareLevel(id, "FULL");

			// then the members are kept, until a member is written
			assertThat(aid.member(application.applicantMemberId())).isSameAs(applicant);
			assertThat(aid.members(application.householdId())).containsExactly(applicant);
			aid.setHukouVerified(applicant.id(), "VERIFIED");
			assertThat(aid.member(application.applicantMemberId())).isNotSameAs(applicant)
				.extracting(AidMember::hukouVerified)
				.isEqualTo("VERIFIED");
			status.setRollbackOnly();
		});
	}

	private long newApplication(String number) {
		AidMapper.Key household = new AidMapper.Key();
		aid.insertHousehold(household, "440308", "440308001", "深圳市盐田区某社区 1 号", Instant.now());
		AidMapper.Key member = new AidMapper.Key();
		aid.insertMember(member, household.id, "张三", "440308194001010019", LocalDate.of(1940, 1, 1), "APPLICANT",
				"SHENZHEN_HUKOU", true);
		AidApplication draft = new AidApplication(0, null, BenefitType.DIBAO.name(), household.id, member.id, "440308",
				"440308001", "440308001", false, null, ApplicationStatus.SUBMITTED, null, "yt-meisha-clerk",
				Instant.now(), null, null, false, null, false, null, null, null, null, null, null, null, null, null,
				null, null, null);
		AidMapper.Key application = new AidMapper.Key();
		aid.insertApplication(application, number, draft);
		return application.id;
	}

}
