package org.minzheng.flow.cemetery;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.minzheng.flow.shared.DemoDataCallback;
import org.minzheng.flow.shared.DemoRows;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo data: the operators, joint-enforcement units and the bodies that act on findings
 * (market regulation, urban management, street offices) as external parties (level
 * EXTERNAL, parent = the district bureau or street they belong to), eight commercial
 * cemeteries in 盐田区, 福田区 and 南山区 (fictitious names; operator USCCs carry valid GB 32100
 * check characters), their price catalogues, and the checklist of DOMAIN.md §5 as version
 * 1.
 * <p>
 * Written by a Flyway callback right after the migrations (on every start, under the
 * start-up lock the migrations run under, in their transaction): the org-unit tree is
 * read once after that ({@code OrgDirectory}), and {@code DemoUsers} assigns users to
 * these units. Until 0.1 the rows came from the migration
 * {@code V501__cemetery_seed.sql}: databases that ran it have them already, and each row
 * is looked for before it is inserted. Without demo data a process owner publishes the
 * first checklist.
 */
@Component
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class CemeteryDemoData extends DemoDataCallback {

	CemeteryDemoData() {
		super("cemetery demo data");
	}

	/**
	 * When the demo master data was last "updated" and the checklist published (local
	 * time).
	 */
	static final Timestamp AS_OF = Timestamp.valueOf(LocalDateTime.of(2026, 1, 5, 9, 0));

	record Unit(String code, String name, String parentCode, int sortOrder) {
	}

	record DemoCemetery(String code, String name, String districtCode, String address, String operatorName,
			String operatorUscc, String operatorUnitCode, BigDecimal landAreaSqm, int approvedPlots, String licenceNo,
			LocalDate licenceValidUntil) {
	}

	record Price(String itemCode, int seq, String name, String tier, String unit, BigDecimal priceYuan) {
	}

	record Check(String itemCode, int seq, String category, String itemText) {
	}

	static final List<Unit> UNITS = List.of(new Unit("CEM-OP-0001", "深圳市海景陵园管理有限公司", "440308", 501),
			new Unit("CEM-OP-0002", "深圳市梅沙福寿园经营有限公司", "440308", 502),
			new Unit("CEM-OP-0003", "深圳市沙头角安息园有限公司", "440308", 503),
			new Unit("CEM-OP-0004", "深圳市莲花纪念园管理有限公司", "440304", 504),
			new Unit("CEM-OP-0005", "深圳市南园福荫园有限公司", "440304", 505),
			new Unit("CEM-OP-0006", "深圳市园岭思源园经营有限公司", "440304", 506),
			new Unit("CEM-OP-0007", "深圳市南山松风园管理有限公司", "440305", 507),
			new Unit("CEM-OP-0008", "深圳市沙河福泽园有限公司", "440305", 508),
			new Unit("CEM-EN-440308", "盐田区殡葬联合执法组", "440308", 551),
			new Unit("CEM-EN-440304", "福田区殡葬联合执法组", "440304", 552),
			new Unit("CEM-EN-440305", "南山区殡葬联合执法组", "440305", 553),
			// the bodies that act on what failed (issue 22): market regulation, urban
			// management, and the street office of each cemetery's area (external
			// parties filed under the district like the others, so that no street's staff
			// find them among their own units; BODIES names which street is whose)
			new Unit("CEM-AMR-440308", "盐田区市场监督管理局", "440308", 561),
			new Unit("CEM-CG-440308", "盐田区城市管理和综合执法局", "440308", 562),
			new Unit("CEM-JD-440308001", "盐田区梅沙街道办事处", "440308", 563),
			new Unit("CEM-JD-440308002", "盐田区盐田街道办事处", "440308", 564),
			new Unit("CEM-JD-440308003", "盐田区沙头角街道办事处", "440308", 565),
			new Unit("CEM-AMR-440304", "福田区市场监督管理局", "440304", 571),
			new Unit("CEM-CG-440304", "福田区城市管理和综合执法局", "440304", 572),
			new Unit("CEM-JD-440304001", "福田区园岭街道办事处", "440304", 573),
			new Unit("CEM-JD-440304002", "福田区南园街道办事处", "440304", 574));

	/**
	 * {@code cemetery_enforcement_body}: scope (district code, or the cemetery's code for
	 * its street office), kind, unit. 南山区 has none: its referrals go to its 殡葬联合执法组.
	 */
	static final List<String[]> BODIES = List.of(new String[] { "440308", "MARKET", "CEM-AMR-440308" },
			new String[] { "440308", "URBAN", "CEM-CG-440308" },
			new String[] { "CEM-440308-01", "STREET", "CEM-JD-440308002" },
			new String[] { "CEM-440308-02", "STREET", "CEM-JD-440308001" },
			new String[] { "CEM-440308-03", "STREET", "CEM-JD-440308003" },
			new String[] { "440304", "MARKET", "CEM-AMR-440304" }, new String[] { "440304", "URBAN", "CEM-CG-440304" },
			new String[] { "CEM-440304-01", "STREET", "CEM-JD-440304001" },
			new String[] { "CEM-440304-02", "STREET", "CEM-JD-440304002" },
			new String[] { "CEM-440304-03", "STREET", "CEM-JD-440304001" });

	static final List<String> ENFORCEMENT_DISTRICTS = List.of("440308", "440304", "440305");

	static final List<DemoCemetery> CEMETERIES = List.of(
			cemetery("CEM-440308-01", "海景纪念园", "440308", "盐田区盐田街道海景路 18 号", "深圳市海景陵园管理有限公司", "91440300MA5D1YT019",
					"CEM-OP-0001", "86000.00", 12000, "深民殡证〔2019〕01号", "2029-06-30"),
			cemetery("CEM-440308-02", "梅沙福寿园", "440308", "盐田区梅沙街道福寿路 6 号", "深圳市梅沙福寿园经营有限公司", "91440300MA5D1YT02C",
					"CEM-OP-0002", "54000.00", 8000, "深民殡证〔2020〕03号", "2030-03-31"),
			cemetery("CEM-440308-03", "沙头角安息园", "440308", "盐田区沙头角街道安息路 2 号", "深圳市沙头角安息园有限公司", "91440300MA5D1YT03F",
					"CEM-OP-0003", "31000.00", 5000, "深民殡证〔2018〕07号", "2026-12-31"),
			cemetery("CEM-440304-01", "莲花纪念园", "440304", "福田区园岭街道莲花路 88 号", "深圳市莲花纪念园管理有限公司", "91440300MA5D1FT046",
					"CEM-OP-0004", "42000.00", 6500, "深民殡证〔2021〕02号", "2031-05-31"),
			cemetery("CEM-440304-02", "南园福荫园", "440304", "福田区南园街道福荫路 9 号", "深圳市南园福荫园有限公司", "91440300MA5D1FT059",
					"CEM-OP-0005", "23000.00", 3600, "深民殡证〔2017〕05号", "2027-09-30"),
			cemetery("CEM-440304-03", "园岭思源园", "440304", "福田区园岭街道思源路 3 号", "深圳市园岭思源园经营有限公司", "91440300MA5D1FT06C",
					"CEM-OP-0006", "18000.00", 2800, "深民殡证〔2022〕04号", "2032-01-31"),
			cemetery("CEM-440305-01", "松风纪念园", "440305", "南山区南头街道松风路 1 号", "深圳市南山松风园管理有限公司", "91440300MA5D1NP071",
					"CEM-OP-0007", "27000.00", 4200, "深民殡证〔2020〕06号", "2030-08-31"),
			cemetery("CEM-440305-02", "沙河福泽园", "440305", "南山区沙河街道福泽路 5 号", "深圳市沙河福泽园有限公司", "91440300MA5D1NP084",
					"CEM-OP-0008", "15000.00", 2300, "深民殡证〔2019〕08号", "2029-11-30"));

	/** Every demo cemetery's price catalogue. */
	static final List<Price> PRICES = List.of(
			new Price("PLOT_STANDARD", 1, "骨灰墓穴（标准穴，≤1㎡）", "普通", "穴", new BigDecimal("38000.00")),
			new Price("PLOT_SMALL", 2, "骨灰墓穴（小型穴，≤0.5㎡）", "经济", "穴", new BigDecimal("18000.00")),
			new Price("ECO_TREE", 3, "树葬", "生态", "位", new BigDecimal("6000.00")),
			new Price("ECO_WALL", 4, "壁葬（骨灰格位）", "生态", "格", new BigDecimal("8000.00")),
			new Price("MAINTENANCE_20Y", 5, "墓穴维护管理费（20 年）", "统一", "穴", new BigDecimal("3000.00")));

	static final String CHECKLIST_TITLE = "经营性公墓年检检查表（2026 版）";

	static final List<Check> CHECKLIST = List.of(new Check("LICENCE_VALID", 1, "证照", "公墓经营许可等证照齐全且在有效期内"),
			new Check("WITHIN_APPROVED_LAND", 2, "用地", "在批准用地范围内建设经营，无超范围占地"),
			new Check("PLOT_SIZE", 3, "墓穴", "单个骨灰墓穴占地面积不超过 1 平方米"), new Check("NO_PRE_SALE", 4, "销售", "无预售墓穴、无炒买炒卖墓穴"),
			new Check("PRICE_DISCLOSURE", 5, "价格", "价格公示，明码标价，实行分档定价，收费不超出价格目录"),
			new Check("SALES_LEDGER", 6, "台账", "销售台账与安葬记录完整，凭火化证明安葬"),
			new Check("MAINTENANCE_FEES", 7, "价格", "维护管理费按规定标准和年限收取"), new Check("ECO_BURIAL", 8, "生态", "节地生态安葬比例达到要求"),
			new Check("ARCHIVES", 9, "档案", "档案管理规范、保存完整"),
			new Check("SAFETY_PEAK_PLAN", 10, "安全", "有安全生产制度及清明、重阳祭扫高峰应急预案"));

	@Override
	protected void create(DemoRows rows) throws SQLException {
		for (Unit unit : UNITS) {
			rows.externalUnit(unit.code(), unit.name(), unit.parentCode(), unit.sortOrder());
		}
		for (String district : ENFORCEMENT_DISTRICTS) {
			if (!rows.exists("SELECT COUNT(*) FROM cemetery_enforcement_unit WHERE district_code = ?", district)) {
				rows.insert("INSERT INTO cemetery_enforcement_unit (district_code, unit_code) VALUES (?, ?)", district,
						"CEM-EN-" + district);
			}
		}
		for (String[] body : BODIES) {
			if (!rows.exists("SELECT COUNT(*) FROM cemetery_enforcement_body WHERE scope_code = ? AND body_kind = ?",
					body[0], body[1])) {
				rows.insert("INSERT INTO cemetery_enforcement_body (scope_code, body_kind, unit_code) VALUES (?, ?, ?)",
						body[0], body[1], body[2]);
			}
		}
		for (DemoCemetery c : CEMETERIES) {
			if (rows.id("SELECT id FROM cemetery WHERE code = ?", c.code()) == null) {
				rows.insert("INSERT INTO cemetery (code, name, district_code, address, operator_name, operator_uscc, "
						+ "operator_unit_code, land_area_sqm, approved_plots, licence_no, licence_valid_until, commercial, "
						+ "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)", c.code(), c.name(),
						c.districtCode(), c.address(), c.operatorName(), c.operatorUscc(), c.operatorUnitCode(),
						c.landAreaSqm(), c.approvedPlots(), c.licenceNo(), java.sql.Date.valueOf(c.licenceValidUntil()),
						AS_OF);
			}
			long id = rows.id("SELECT id FROM cemetery WHERE code = ?", c.code());
			if (!rows.exists("SELECT COUNT(*) FROM cemetery_price_item WHERE cemetery_id = ?", id)) {
				for (Price p : PRICES) {
					rows.insert(
							"INSERT INTO cemetery_price_item (cemetery_id, item_code, seq, name, tier, unit, "
									+ "price_yuan) VALUES (?, ?, ?, ?, ?, ?, ?)",
							id, p.itemCode(), p.seq(), p.name(), p.tier(), p.unit(), p.priceYuan());
				}
			}
		}
		if (!rows.exists("SELECT COUNT(*) FROM cemetery_checklist_version")) {
			rows.insert("INSERT INTO cemetery_checklist_version (version_no, title, published_by, published_at) "
					+ "VALUES (1, ?, 'system', ?)", CHECKLIST_TITLE, AS_OF);
			long version = rows.id("SELECT id FROM cemetery_checklist_version WHERE version_no = 1");
			for (Check c : CHECKLIST) {
				rows.insert("INSERT INTO cemetery_checklist_item (version_id, item_code, seq, category, item_text) "
						+ "VALUES (?, ?, ?, ?, ?)", version, c.itemCode(), c.seq(), c.category(), c.itemText());
			}
		}
	}

	private static DemoCemetery cemetery(String code, String name, String district, String address, String operator,
			String uscc, String unit, String landArea, int plots, String licence, String validUntil) {
		return new DemoCemetery(code, name, district, address, operator, uscc, unit, new BigDecimal(landArea), plots,
				licence, LocalDate.parse(validUntil));
	}

}
