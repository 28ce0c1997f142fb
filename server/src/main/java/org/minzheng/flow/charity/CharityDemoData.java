package org.minzheng.flow.charity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.shared.StartupLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: trustees of charitable trusts as external parties (level EXTERNAL, parent =
 * the city bureau they file with; fictitious names, USCCs with valid GB 32100 check
 * characters), and one charity registered as such in 2017 so that a public-fundraising
 * application has someone to apply. CH-TR-0004 is the tests' own.
 * <p>
 * Until 0.1 these rows came from the migration {@code V301__charity_seed.sql}: databases
 * that ran it have them already, and each row is looked for before it is inserted. Runs
 * before {@code DemoUsers}, whose trustee users belong to these units.
 */
@Component
@Order(-1)
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class CharityDemoData implements ApplicationRunner {

	static final String CITY = "440300";

	record Trustee(String unitCode, String unitName, String name, String uscc, String type, int sortOrder) {
	}

	static final List<Trustee> TRUSTEES = List.of(
			new Trustee("CH-TR-0001", "深圳市鹏城慈善会（受托人）", "深圳市鹏城慈善会", "53440300MJL600010C", "CHARITY", 301),
			new Trustee("CH-TR-0002", "深圳前湾信托有限公司（受托人）", "深圳前湾信托有限公司", "91440300MA5CH00016", "TRUST_COMPANY", 302),
			new Trustee("CH-TR-0003", "深圳市南山公益基金会（受托人）", "深圳市南山公益基金会", "53440300MJL600020D", "CHARITY", 303),
			new Trustee("CH-TR-0004", "深圳市海滨慈善基金会（受托人）", "深圳市海滨慈善基金会", "53440300MJL600030E", "CHARITY", 304));

	private final CharityDemoMapper demo;

	private final StartupLock lock;

	private final TransactionTemplate tx;

	private final Clock clock;

	CharityDemoData(CharityDemoMapper demo, StartupLock lock, TransactionTemplate tx, Clock clock) {
		this.demo = demo;
		this.lock = lock;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * Under the start-up lock, in one transaction: nodes started at the same moment
	 * create the rows once.
	 */
	@Override
	public void run(ApplicationArguments args) {
		lock.run("the demo charity trustees", () -> tx.executeWithoutResult(status -> create()));
	}

	private void create() {
		for (Trustee trustee : TRUSTEES) {
			if (demo.unitCount(trustee.unitCode()) == 0) {
				demo.insertExternalUnit(trustee.unitCode(), trustee.unitName(), CITY, trustee.sortOrder());
			}
			if (demo.trusteeCount(trustee.unitCode()) == 0) {
				demo.insertTrustee(trustee.unitCode(), trustee.name(), trustee.uscc(), trustee.type());
			}
		}
		if (demo.charityCount("53440300MJL600010C") == 0) {
			demo.insertRegisteredCharity("53440300MJL600010C", "深圳市鹏城慈善会", CITY, LocalDate.of(2017, 6, 1),
					"深民慈登〔2017〕1号", clock.instant());
		}
	}

}
