package org.minzheng.flow.socialorg.registration;

import java.util.Collection;
import java.util.List;

/**
 * The forbidden-word part of 名称核准: a forbidden term counts only where it is not part of a
 * legitimate compound (国际象棋 is not an international title). Both lists are data
 * ({@code so_forbidden_word}, {@code so_name_allowed_term}); the terms are whole words
 * (共产党, 解放军, 武警, 公安 …), not single characters, so 拥军优属促进会, 退役军人服务协会 and 警察协会 pass
 * (《社会组织名称管理办法》, 民政部 2024).
 */
final class NameCheck {

	private NameCheck() {
	}

	/**
	 * The forbidden terms the name uses.
	 * @param name the proposed name
	 * @param forbidden the forbidden terms
	 * @param allowed the legitimate compounds that may contain a forbidden term
	 * @return the terms used outside any allowed compound, in the order given
	 */
	static List<String> forbiddenIn(String name, Collection<String> forbidden, Collection<String> allowed) {
		return forbidden.stream().filter(term -> usedOutsideAllowed(name, term, allowed)).toList();
	}

	private static boolean usedOutsideAllowed(String name, String term, Collection<String> allowed) {
		for (int at = name.indexOf(term); at >= 0; at = name.indexOf(term, at + 1)) {
			if (!insideAllowed(name, at, term.length(), allowed)) {
				return true;
			}
		}
		return false;
	}

	private static boolean insideAllowed(String name, int at, int length, Collection<String> allowed) {
		for (String compound : allowed) {
			for (int from = name.indexOf(compound); from >= 0; from = name.indexOf(compound, from + 1)) {
				if (from <= at && at + length <= from + compound.length()) {
					return true;
				}
			}
		}
		return false;
	}

}
