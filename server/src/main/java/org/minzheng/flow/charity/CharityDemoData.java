package org.minzheng.flow.charity;

import java.sql.SQLException;
import java.util.List;

import org.minzheng.flow.shared.DemoDataCallback;
import org.minzheng.flow.shared.DemoRows;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo data: trustees of charitable trusts as external parties (level EXTERNAL, parent =
 * the city bureau they file with; fictitious names, USCCs with valid GB 32100 check
 * characters), and one charity registered as such in 2017 so that a public-fundraising
 * application has someone to apply. CH-TR-0004 is the tests' own.
 * <p>
 * Written by a Flyway callback right after the migrations (on every start, under the
 * start-up lock the migrations run under, in their transaction): the org-unit tree is
 * read once after that ({@code OrgDirectory}), and {@code DemoUsers} assigns users to
 * these units. Until 0.1 the rows came from the migration {@code V301__charity_seed.sql}:
 * databases that ran it have them already, and each row is looked for before it is
 * inserted.
 */
@Component
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class CharityDemoData extends DemoDataCallback {

	CharityDemoData() {
		super("charity demo data");
	}

	static final String CITY = "440300";

	record Trustee(String unitCode, String unitName, String name, String uscc, String type, int sortOrder) {
	}

	static final List<Trustee> TRUSTEES = List.of(
			new Trustee("CH-TR-0001", "深圳市鹏城慈善会（受托人）", "深圳市鹏城慈善会", "53440300MJL600010C", "CHARITY", 301),
			new Trustee("CH-TR-0002", "深圳前湾信托有限公司（受托人）", "深圳前湾信托有限公司", "91440300MA5CH00016", "TRUST_COMPANY", 302),
			new Trustee("CH-TR-0003", "深圳市南山公益基金会（受托人）", "深圳市南山公益基金会", "53440300MJL600020D", "CHARITY", 303),
			new Trustee("CH-TR-0004", "深圳市海滨慈善基金会（受托人）", "深圳市海滨慈善基金会", "53440300MJL600030E", "CHARITY", 304));

	@Override
	protected void create(DemoRows rows) throws SQLException {
		for (Trustee trustee : TRUSTEES) {
			rows.externalUnit(trustee.unitCode(), trustee.unitName(), CITY, trustee.sortOrder());
			if (!rows.exists("SELECT COUNT(*) FROM charity_trustee WHERE unit_code = ?", trustee.unitCode())) {
				rows.insert("INSERT INTO charity_trustee (unit_code, name, uscc, trustee_type) VALUES (?, ?, ?, ?)",
						trustee.unitCode(), trustee.name(), trustee.uscc(), trustee.type());
			}
		}
		if (!rows.exists("SELECT COUNT(*) FROM charity_organisation WHERE uscc = ?", "53440300MJL600010C")) {
			rows.insert(
					"INSERT INTO charity_organisation (uscc, name, registrar_code, source, charity_since, "
							+ "certificate_no, created_at) VALUES (?, ?, ?, 'REGISTERED', ?, ?, CURRENT_TIMESTAMP(3))",
					"53440300MJL600010C", "深圳市鹏城慈善会", CITY, java.sql.Date.valueOf("2017-06-01"), "深民慈登〔2017〕1号");
		}
	}

}
