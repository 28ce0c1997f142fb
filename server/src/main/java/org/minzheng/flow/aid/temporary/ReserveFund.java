package org.minzheng.flow.aid.temporary;

import java.time.Clock;
import java.util.List;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.shared.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The streets' reserve funds (备用金): every movement is one guarded update of the balance
 * and one entry with the balance after it, in the caller's transaction, and one audit
 * record. The balance never goes below zero: a payment the balance does not cover is
 * refused with {@code RESERVE_FUND_INSUFFICIENT} and changes nothing.
 */
@Service
public class ReserveFund {

	/** An entry's kind. */
	public enum Movement {

		/** 区级拨付. */
		TOP_UP,
		/** 先行救助支付. */
		PAYMENT,
		/** 追回退款. */
		REFUND

	}

	private final ReserveFundMapper funds;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	ReserveFund(ReserveFundMapper funds, OrgDirectory orgs, AuditTrail audit, Clock clock) {
		this.funds = funds;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Pays an emergency case from the street's fund, in the caller's transaction.
	 * @return the entry's id
	 * @throws ApiException 409 {@code RESERVE_FUND_INSUFFICIENT} when the balance does
	 * not cover the amount
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long pay(String street, long amountFen, String caseNo, String actor, String actorRole) {
		ensure(street);
		if (funds.drawDown(street, amountFen) == 0) {
			long balance = funds.balance(street);
			throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "RESERVE_FUND_INSUFFICIENT",
					"备用金余额不足：余额 {0} 元，需支付 {1} 元，请报区民政局拨付后再支付",
					java.util.Map.of("balanceFen", balance, "amountFen", amountFen), CaseFacts.yuan(balance),
					CaseFacts.yuan(amountFen));
		}
		return entry(street, Movement.PAYMENT, amountFen, caseNo, "先行救助支付", actor, actorRole);
	}

	/**
	 * Tops the street's fund up (the district's allocation), with the document or reason.
	 */
	@Transactional
	public long topUp(String street, long amountFen, String reason, String actor, String actorRole) {
		if (amountFen <= 0) {
			throw ApiException.badRequest("AMOUNT_NOT_POSITIVE", "amountFen", "拨付金额须大于零");
		}
		ensure(street);
		funds.add(street, amountFen);
		return entry(street, Movement.TOP_UP, amountFen, null, reason, actor, actorRole);
	}

	/** Money recovered for a case found not due goes back into the fund. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long refund(String street, long amountFen, String caseNo, String reason, String actor, String actorRole) {
		ensure(street);
		funds.add(street, amountFen);
		return entry(street, Movement.REFUND, amountFen, caseNo, reason, actor, actorRole);
	}

	/** The balance now (0 for a street without a fund yet). */
	@Transactional(readOnly = true)
	public long balance(String street) {
		ReserveFundMapper.Fund fund = funds.find(street);
		return fund == null ? 0 : fund.balanceFen();
	}

	@Transactional(readOnly = true)
	List<ReserveFundMapper.Entry> entries(String street, java.time.Instant from, java.time.Instant to, int limit) {
		return funds.entries(street, from, to, limit);
	}

	@Transactional(readOnly = true)
	List<ReserveFundMapper.Entry> latest(String street, int limit) {
		return funds.latest(street, limit);
	}

	@Transactional(readOnly = true)
	long balanceBefore(String street, java.time.Instant before) {
		return funds.balanceBefore(street, before);
	}

	private long entry(String street, Movement kind, long amountFen, String caseNo, String reason, String actor,
			String actorRole) {
		long after = funds.balance(street);
		ReserveFundMapper.Key key = new ReserveFundMapper.Key();
		funds.insertEntry(key, street, kind.name(), amountFen, after, caseNo, reason, actor, clock.instant());
		String what = switch (kind) {
			case TOP_UP -> "备用金拨付";
			case PAYMENT -> "备用金先行支付";
			case REFUND -> "备用金追回入账";
		};
		audit.record(new AuditRecord(actor, actorRole, street, caseNo, "AID_RESERVE_" + kind.name(), what + " "
				+ CaseFacts.yuan(amountFen) + " 元，" + orgs.nameOf(street) + "余额 " + CaseFacts.yuan(after) + " 元",
				reason));
		return key.id;
	}

	/** A street added after the funds were opened gets its (empty) fund on first use. */
	private void ensure(String street) {
		if (funds.find(street) != null) {
			return;
		}
		OrgUnit unit = orgs.find(street)
			.filter(OrgUnit::isStreet)
			.orElseThrow(() -> ApiException.badRequest("UNKNOWN_STREET", "streetCode", "街道代码不存在"));
		try {
			funds.create(street, unit.parentCode());
		}
		catch (DuplicateKeyException raced) {
			// another request opened it first
		}
	}

}
