package org.minzheng.flow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskingTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "张三, 张*", "张𠮷, 张*", "𠮷林, 𠮷*", "王小明, 王**", "李𠮷𠮷, 李**", "欧阳娜娜, 欧阳**", "欧阳𠮷, 欧阳*", "司马懿, 司马*",
			"诸葛亮, 诸葛*", "欧阳, 欧*", "张, 张", "'  陈思思 ', 陈**", "买买提·艾力, 买*****" })
	void keepsTheFamilyNameAndStarsEachFurtherCharacter(String name, String masked) {
		assertThat(PersonalDataMasking.maskName(name)).isEqualTo(masked);
	}

	@Test
	void countsFourByteCharactersAsOne() {
		String rareName = "𠮷𡃁𪚥";

		assertThat(rareName).hasSize(6);
		assertThat(PersonalDataMasking.maskName(rareName)).isEqualTo("𠮷**");
	}

	@Test
	void leavesNullAndEmptyAlone() {
		assertThat(PersonalDataMasking.maskName(null)).isNull();
		assertThat(PersonalDataMasking.maskName("")).isEmpty();
		assertThat(PersonalDataMasking.maskText(null)).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "申请人身份证号44030819620101123X，请核实 | 申请人身份证号440308********123X，请核实",
					"id 44030819620101123x. | id 440308********123x.",
					"无效校验位110105194912310021也遮盖 | 无效校验位110105********0021也遮盖", "联系电话13812345678。 | 联系电话138****5678。",
					"tel:+86 138-1234-5678 | tel:+86 138-****-5678", "8613812345678 | 86138****5678",
					"手机 138 1234 5678 | 手机 138 **** 5678",
					"户主11010519491231002X，电话15900001111，配偶440524188001010014"
							+ " | 户主110105********002X，电话159****1111，配偶440524********0014",
					"金额12345元，电话0755-12345678，编号123456789012 | 金额12345元，电话0755-12345678，编号123456789012",
					"银行卡6222021234567890123 | 银行卡6222021234567890123" })
	void masksCitizenIdsAndMobileNumbersInFreeText(String text, String masked) {
		assertThat(PersonalDataMasking.maskText(text)).isEqualTo(masked);
	}

}
