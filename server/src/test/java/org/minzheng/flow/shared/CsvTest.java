package org.minzheng.flow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

	@Test
	void formulasAreNeverRunBySpreadsheets() {
		assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(Csv.cell("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(Csv.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(Csv.cell("+86")).isEqualTo("'+86");
		assertThat(Csv.cell("-1")).isEqualTo("'-1");
		assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
	}

	@Test
	void quotesOnlyWhatNeedsIt() {
		assertThat(Csv.cell("深圳市鹏城慈善会")).isEqualTo("深圳市鹏城慈善会");
		assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(Csv.cell("说\"好\"")).isEqualTo("\"说\"\"好\"\"\"");
		assertThat(Csv.cell("=A1,B1")).isEqualTo("\"'=A1,B1\"");
		assertThat(Csv.cell(null)).isEmpty();
	}

}
