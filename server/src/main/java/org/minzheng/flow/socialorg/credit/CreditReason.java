package org.minzheng.flow.socialorg.credit;

/** Why an organisation moved on the credit lists. */
public enum CreditReason {

	/** 未按规定报送年度报告. */
	NO_ANNUAL_REPORT(CreditState.ABNORMAL),
	/** 年度报告逾期未改正. */
	REPORT_NOT_CORRECTED(CreditState.ABNORMAL),
	/** 通过登记的住所无法联系（两次挂号信）. */
	UNREACHABLE(CreditState.ABNORMAL),
	/** 抽查发现问题逾期未整改. */
	UNCORRECTED_FINDINGS(CreditState.ABNORMAL),
	/** 列入活动异常名录满 2 年. */
	TWO_YEARS_ABNORMAL(CreditState.SERIOUS),
	/** 被撤销登记（《社会组织信用信息管理办法》第十条）. */
	REVOKED(CreditState.SERIOUS),
	/** 已改正（补报年报、整改到位等）. */
	CORRECTED(CreditState.NORMAL),
	/** 列入严重违法失信名单满 2 年且未再违法. */
	TWO_CLEAN_YEARS(CreditState.NORMAL);

	private final CreditState target;

	CreditReason(CreditState target) {
		this.target = target;
	}

	/** The state this reason moves an organisation to. */
	public CreditState target() {
		return target;
	}

}
