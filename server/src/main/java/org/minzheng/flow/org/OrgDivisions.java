package org.minzheng.flow.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.minzheng.flow.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The division (内设机构: 社会救助科, 社会组织管理局, 慈善事业促进和社会工作处, 市福利彩票发行中心, 社会事务科 …) that does a
 * business line's work at a unit, for staff to read beside the unit: who does a step, who
 * they are. Presentation data over line × unit, which already identifies the division:
 * candidate groups and access are not changed by it. A row for one unit wins over the row
 * for its level; a line and unit without a row have no division shown. Seeded by
 * migration only, so read once and kept.
 */
@Service
public class OrgDivisions {

	/** A division's name in Chinese and English. */
	public record Division(String nameZh, String nameEn) {
	}

	private final OrgDirectory orgs;

	private final Map<String, Division> byKey;

	@Autowired
	OrgDivisions(OrgDivisionMapper mapper, OrgDirectory orgs) {
		this(mapper.findAll(), orgs);
	}

	OrgDivisions(List<OrgDivisionMapper.Row> rows, OrgDirectory orgs) {
		this.orgs = orgs;
		this.byKey = rows.stream()
			.collect(Collectors.toUnmodifiableMap(row -> key(row.businessLine(), row.unitKey()),
					row -> new Division(row.nameZh(), row.nameEn()), (a, b) -> a));
	}

	/**
	 * The division of the line at the unit: the unit's own row, else its level's.
	 * @param lineCode the business line's code ({@code socialorg}); none for a line-less
	 * assignment
	 */
	public Optional<Division> of(String lineCode, String unitCode) {
		if (lineCode == null || unitCode == null) {
			return Optional.empty();
		}
		Division own = byKey.get(key(lineCode, unitCode));
		if (own != null) {
			return Optional.of(own);
		}
		return orgs.find(unitCode).map(unit -> byKey.get(key(lineCode, unit.level().name())));
	}

	/** The division's name in the reader's language, or null when there is none. */
	public String nameFor(String lineCode, String unitCode) {
		return of(lineCode, unitCode).map(d -> Languages.text(d.nameZh(), d.nameEn())).orElse(null);
	}

	private static String key(String line, String unit) {
		return line + "|" + unit;
	}

}
