package org.minzheng.flow.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Divisions are read over line × unit: a unit's own row wins over its level's, a level
 * without a row shows none, a line-less role has none.
 */
class OrgDivisionsTest {

	@Test
	void theSeedNamesTheDivisionsOfEachLineAtCityAndDistrict() {
		OrgDivisions divisions = ReferenceOrgs.divisions();

		assertThat(divisions.of("socialorg", "440300")).map(OrgDivisions.Division::nameZh).contains("社会组织管理局");
		assertThat(divisions.of("socialorg", "440308")).map(OrgDivisions.Division::nameZh).contains("社会组织管理科");
		assertThat(divisions.of("aid", "440308")).map(OrgDivisions.Division::nameEn)
			.contains("Social Assistance Section");
		assertThat(divisions.of("charity", "440300")).map(OrgDivisions.Division::nameZh).contains("慈善事业促进和社会工作处");
		assertThat(divisions.of("lottery", "440300")).map(OrgDivisions.Division::nameZh).contains("市福利彩票发行中心");
		assertThat(divisions.of("cemetery", "440304")).map(OrgDivisions.Division::nameZh).contains("社会事务科");
	}

	@Test
	void aStreetALineLessRoleOrAnUnknownUnitHasNoDivision() {
		OrgDivisions divisions = ReferenceOrgs.divisions();

		assertThat(divisions.of("aid", "440308001")).isEmpty();
		assertThat(divisions.of(null, "440308")).isEmpty();
		assertThat(divisions.of("aid", "999999")).isEmpty();
	}

	@Test
	void aUnitsOwnRowWinsOverItsLevel() {
		List<OrgDivisionMapper.Row> rows = new ArrayList<>(ReferenceOrgs.seededRows());
		rows.add(new OrgDivisionMapper.Row("socialorg", "440304", "福田区社会组织管理局",
				"Futian Social Organisation Administration"));
		OrgDivisions divisions = new OrgDivisions(rows, ReferenceOrgs.directory());

		assertThat(divisions.of("socialorg", "440304")).map(OrgDivisions.Division::nameZh).contains("福田区社会组织管理局");
		assertThat(divisions.of("socialorg", "440308")).map(OrgDivisions.Division::nameZh).contains("社会组织管理科");
	}

}
