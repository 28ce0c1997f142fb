package org.minzheng.flow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The applicant-name prefix filter is a code-point range, so 4-byte characters after the
 * prefix still match.
 */
class NamePrefixRangeTest {

	@Test
	void theUpperBoundIsThePrefixWithItsLastCodePointIncremented() {
		assertThat(WorkItemService.upperBound("张")).isEqualTo("弡");
		assertThat(WorkItemService.upperBound("欧阳")).isEqualTo("欧阴");
		assertThat(WorkItemService.upperBound("张𠮷")).isEqualTo("张" + Character.toString(0x20BB8));
		assertThat(WorkItemService.upperBound(null)).isNull();
	}

	@Test
	void everyNameStartingWithThePrefixLiesInTheRangeAndNoOtherDoes() {
		String prefix = "张";
		String upper = WorkItemService.upperBound(prefix);
		for (String name : List.of("张", "张伟", "张𠮷", "张" + Character.toString(0x10FFFF), "张䶮磊")) {
			assertThat(name.compareTo(prefix) >= 0 && codePointCompare(name, upper) < 0).as(name).isTrue();
		}
		for (String name : List.of("弡", "弢", "王张", "")) {
			assertThat(codePointCompare(name, prefix) >= 0 && codePointCompare(name, upper) < 0).as(name).isFalse();
		}
	}

	/** How a binary (code-point) collation orders strings. */
	private static int codePointCompare(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		return java.util.Arrays.compare(x, y);
	}

}
