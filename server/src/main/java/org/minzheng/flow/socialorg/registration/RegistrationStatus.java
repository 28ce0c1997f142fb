package org.minzheng.flow.socialorg.registration;

import org.minzheng.flow.shared.StatusFlow;

/**
 * Where a registration stands. Associations pass through {@link #PREPARING} and
 * {@link #ESTABLISHMENT_APPLIED} (two stages, 《社会团体登记管理条例》第十二条至第十五条); social-service
 * institutions and foundations go from {@link #IN_PROGRESS} to a closing status.
 */
public enum RegistrationStatus implements StatusFlow<RegistrationStatus> {

	/** Application (for an association: to prepare) being handled. */
	IN_PROGRESS,
	/** 准予筹备: the association's preparation period runs. */
	PREPARING,
	/** 成立登记申请已提交: the association's establishment application is reviewed. */
	ESTABLISHMENT_APPLIED,
	/** 准予登记. */
	REGISTERED,
	/** 名称不予核准. */
	NAME_REJECTED,
	/** 业务主管单位不同意. */
	CONSENT_REFUSED,
	/** 逾期未补正. */
	SUPPLEMENT_EXPIRED,
	/** 不予受理. */
	NOT_ACCEPTED,
	/** 不予登记. */
	REFUSED,
	/** 不予筹备. */
	PREPARATION_REFUSED,
	/** 筹备期满未申请成立: the approval to prepare lapsed. */
	PREPARATION_LAPSED;

	@Override
	public boolean canMoveTo(RegistrationStatus next) {
		return switch (this) {
			case IN_PROGRESS -> next == PREPARING || next == REGISTERED || next == NAME_REJECTED
					|| next == CONSENT_REFUSED || next == SUPPLEMENT_EXPIRED || next == NOT_ACCEPTED || next == REFUSED
					|| next == PREPARATION_REFUSED;
			case PREPARING -> next == ESTABLISHMENT_APPLIED || next == PREPARATION_LAPSED;
			case ESTABLISHMENT_APPLIED -> next == PREPARING || next == REGISTERED || next == REFUSED;
			case REGISTERED, NAME_REJECTED, CONSENT_REFUSED, SUPPLEMENT_EXPIRED, NOT_ACCEPTED, REFUSED,
					PREPARATION_REFUSED, PREPARATION_LAPSED ->
				false;
		};
	}

	/** Whether the case is over. */
	public boolean closed() {
		return this != IN_PROGRESS && this != PREPARING && this != ESTABLISHMENT_APPLIED;
	}

}
