package org.minzheng.flow.socialorg.credit;

import org.minzheng.flow.shared.FeaturePort;

/**
 * Where an organisation stands on the credit lists. NORMAL → ABNORMAL (活动异常名录) → SERIOUS
 * (严重违法失信名单) after 2 years on the abnormal list; back to NORMAL after correction (from
 * ABNORMAL) or 2 clean years (from SERIOUS).
 */
@FeaturePort("part of CreditStandings: the standing charity reads")
public enum CreditState {

	NORMAL, ABNORMAL, SERIOUS

}
