package org.minzheng.flow.charity;

import java.util.ArrayList;
import java.util.List;

import org.minzheng.flow.socialorg.credit.CreditStandings.CreditStanding;

/**
 * What a credit check found, in the words the approver reads: which list and since when,
 * and the penalty. The social-organisation chain's port says whether a penalty was
 * decided in the last 2 years, not which one; the approver looks it up in that chain's
 * record.
 */
final class CharityCredit {

	private CharityCredit() {
	}

	/** The findings, or {@code null} when the standing is clear. */
	static String findings(CreditStanding standing) {
		List<String> found = new ArrayList<>();
		switch (standing.creditState()) {
			case SERIOUS -> found.add("列入严重违法失信名单（自 " + standing.since() + " 起）");
			case ABNORMAL -> found.add("列入活动异常名录（自 " + standing.since() + " 起）");
			default -> {
			}
		}
		if (standing.penalisedInLastTwoYears()) {
			found.add("近 2 年内受过行政处罚（处罚详情见社会组织信用记录）");
		}
		return found.isEmpty() ? null : String.join("；", found);
	}

}
