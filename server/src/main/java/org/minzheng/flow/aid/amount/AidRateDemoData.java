package org.minzheng.flow.aid.amount;

import java.sql.SQLException;
import java.util.List;

import org.minzheng.flow.shared.DemoDataCallback;
import org.minzheng.flow.shared.DemoRows;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo data only: illustrative 生活扶助金 shares and 特困 care allowances, so that the demo
 * shows every line of a breakdown. Our sources give no figure for them (the city plan
 * sets care allowances only as shares of the minimum wage: ≥2%, ≥30%, ≥60%); each row
 * says that it is illustrative. Without demo data these items have no rate in force and
 * the calculator says so.
 */
@Component
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class AidRateDemoData extends DemoDataCallback {

	static final String DOCUMENT_NO = "演示数据，非现行文件";

	static final String TITLE = "演示用示例数值（资料中无此项现行标准），不得用于实际发放";

	record Demo(RateKind kind, Long amountFen, Integer basisPoints) {
	}

	static final List<Demo> RATES = List.of(new Demo(RateKind.SUPPLEMENT_ELDERLY, null, 2000),
			new Demo(RateKind.SUPPLEMENT_MINOR, null, 2000),
			new Demo(RateKind.SUPPLEMENT_SEVERE_DISABILITY, null, 3000),
			new Demo(RateKind.SUPPLEMENT_SERIOUS_ILLNESS, null, 3000),
			new Demo(RateKind.CARE_FULL_SELF_CARE, 5000L, null),
			new Demo(RateKind.CARE_PARTIAL_SELF_CARE, 68000L, null), new Demo(RateKind.CARE_FULL_CARE, 136000L, null));

	AidRateDemoData() {
		super("aid rate demo data");
	}

	@Override
	protected void create(DemoRows rows) throws SQLException {
		for (Demo demo : RATES) {
			if (!rows.exists("SELECT COUNT(*) FROM aid_benefit_rate WHERE kind = ?", demo.kind().name())) {
				rows.insert(
						"INSERT INTO aid_benefit_rate (kind, effective_from, amount_fen, basis_points, document_no, "
								+ "document_title, status, proposed_by, proposed_at, approved_by, approved_at, in_force_key) "
								+ "VALUES (?, ?, ?, ?, ?, ?, 'IN_FORCE', 'system', CURRENT_TIMESTAMP(3), 'system', "
								+ "CURRENT_TIMESTAMP(3), ?)",
						demo.kind().name(), java.sql.Date.valueOf("2022-01-01"), demo.amountFen(), demo.basisPoints(),
						DOCUMENT_NO, TITLE, demo.kind().name() + "|2022-01-01");
			}
		}
	}

}
