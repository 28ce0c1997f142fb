package org.minzheng.flow.aid.amount;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefit rates (低保标准, 特困供养标准, 生活扶助金 shares, 照料护理金) with the document that set them,
 * maintained by the city's administrators with four eyes: one proposes, another approves
 * or rejects; every step is audited. A rate in force is never edited or deleted, only
 * superseded by a later effective month; a month already begun or past is refused
 * (payments made under the old rate stand).
 */
@Service
public class BenefitRates {

	/** The city bureau: its administrators keep the rates. */
	static final String CITY = "440300";

	/** Largest amount a rate may be (¥100,000 per person per month), in fen. */
	static final long MAX_AMOUNT_FEN = 10_000_000;

	/** Largest share a supplement may be (200% of the standard), in basis points. */
	static final int MAX_BASIS_POINTS = 20_000;

	private final RateMapper rates;

	private final AuditTrail audit;

	private final Clock clock;

	BenefitRates(RateMapper rates, AuditTrail audit, Clock clock) {
		this.rates = rates;
		this.audit = audit;
		this.clock = clock;
	}

	/** A proposal: the kind, the month it applies from, its figure and its document. */
	public record Proposal(RateKind kind, LocalDate effectiveFrom, Long amountFen, Integer basisPoints,
			String documentNo, String documentTitle) {
	}

	/** Every rate in force (all effective dates), as the calculator takes them. */
	@Transactional(readOnly = true)
	public List<Rate> inForce() {
		return rates.inForce().stream().map(RateRecord::rate).toList();
	}

	/**
	 * The figure of a kind in force on a day (the latest effective on or before it), or
	 * {@code null} when none is.
	 */
	@Transactional(readOnly = true)
	public Long figureOn(RateKind kind, LocalDate day) {
		return inForce().stream()
			.filter(r -> r.kind() == kind && !r.effectiveFrom().isAfter(day))
			.max(java.util.Comparator.comparing(Rate::effectiveFrom))
			.map(Rate::value)
			.orElse(null);
	}

	/** Every rate with its life, newest first per kind (no personal data). */
	@Transactional(readOnly = true)
	public List<RateRecord> all() {
		return rates.all();
	}

	/**
	 * Proposes a rate for a second administrator's approval.
	 * @throws ApiException {@code EFFECTIVE_MONTH_INVALID} (not a month's first day),
	 * {@code EFFECTIVE_MONTH_PAST}, {@code RATE_VALUE_INVALID}, {@code DOCUMENT_MISSING},
	 * {@code RATE_NOT_LATER} (not after the latest rate in force of its kind),
	 * {@code RATE_PENDING} (one is proposed for that kind and month already)
	 */
	@Transactional
	public RateRecord propose(Proposal proposal, StaffUser admin) {
		requireCityAdmin(admin);
		RateKind kind = proposal.kind();
		if (kind == null) {
			throw ApiException.badRequest("FIELD_REQUIRED", "kind", "请选择标准类别");
		}
		LocalDate from = proposal.effectiveFrom();
		if (from == null || from.getDayOfMonth() != 1 || !BenefitCalculator.supported(YearMonth.from(from))) {
			throw ApiException.badRequest("EFFECTIVE_MONTH_INVALID", "effectiveFrom", "生效日期须为某月的1日");
		}
		requireNotPast(from);
		Long amount = kind.basisPoints() ? null : proposal.amountFen();
		Integer basisPoints = kind.basisPoints() ? proposal.basisPoints() : null;
		if (kind.basisPoints() ? basisPoints == null || basisPoints <= 0 || basisPoints > MAX_BASIS_POINTS
				: amount == null || amount <= 0 || amount > MAX_AMOUNT_FEN) {
			throw ApiException.badRequest("RATE_VALUE_INVALID", kind.basisPoints() ? "basisPoints" : "amountFen",
					kind.basisPoints() ? "生活扶助金比例须为 0.01%–200%（以万分之一计）" : "金额须大于 0 且不超过每人每月 10 万元");
		}
		String documentNo = text(proposal.documentNo(), 100, "documentNo", "请填写制定该标准的文件文号（100 字以内）");
		String title = text(proposal.documentTitle(), 300, "documentTitle", "请填写文件标题（300 字以内）");
		LocalDate latest = rates.latestInForce(kind);
		if (latest != null && !from.isAfter(latest)) {
			throw ApiException.conflict("RATE_NOT_LATER", "现行标准自 {0} 起施行：标准不能修改，只能以更晚的生效月份的新标准替代", latest);
		}
		if (rates.countPending(kind, from) > 0) {
			throw ApiException.conflict("RATE_PENDING", "该类别同一生效月份已有一项待审批的标准，请先审批或驳回");
		}
		RateMapper.NewRate rate = new RateMapper.NewRate(kind, from, amount, basisPoints, documentNo, title,
				admin.username(), clock.instant());
		rates.insert(rate);
		audit.record(new AuditRecord(admin.username(), Role.ADMIN.name(), CITY, null, "AID_RATE_PROPOSED",
				"提交救助标准 #" + rate.id + "：" + kind.label() + " " + figure(kind, amount, basisPoints) + "，自 " + from
						+ " 起施行，依据 " + documentNo + "《" + title + "》",
				null));
		return rates.find(rate.id);
	}

	/**
	 * A second administrator approves: the rate is in force from its month.
	 * @throws ApiException {@code FOUR_EYES_REQUIRED} (the proposer),
	 * {@code RATE_DECIDED}, {@code EFFECTIVE_MONTH_PAST}, {@code RATE_NOT_LATER}
	 */
	@Transactional
	public RateRecord approve(long id, String reason, StaffUser admin) {
		requireCityAdmin(admin);
		RateRecord rate = found(id);
		if (rate.proposedBy().equals(admin.username())) {
			throw ApiException.forbidden("FOUR_EYES_REQUIRED", "不能审批自己提交的标准，须由另一位管理员审批");
		}
		if (reason != null && reason.strip().length() > 500) {
			throw ApiException.badRequest("FIELD_TOO_LONG", "reason", "审批意见须在 500 字以内");
		}
		requirePending(rate);
		requireNotPast(rate.effectiveFrom());
		LocalDate latest = rates.latestInForce(rate.kind());
		if (latest != null && !rate.effectiveFrom().isAfter(latest)) {
			throw ApiException.conflict("RATE_NOT_LATER", "现行标准自 {0} 起施行：只能以更晚的生效月份替代", latest);
		}
		try {
			if (rates.approve(id, admin.username(), clock.instant(), rate.kind() + "|" + rate.effectiveFrom()) != 1) {
				throw ApiException.conflict("RATE_DECIDED", "该标准已被处理");
			}
		}
		catch (DuplicateKeyException ex) {
			throw ApiException.conflict("RATE_NOT_LATER", "该类别同一生效月份已有现行标准");
		}
		audit.record(new AuditRecord(admin.username(), Role.ADMIN.name(), CITY, null, "AID_RATE_APPROVED",
				"审批生效救助标准 #" + id + "（" + rate.proposedBy() + " 提交）：" + rate.kind().label() + " "
						+ figure(rate.kind(), rate.amountFen(), rate.basisPoints()) + "，自 " + rate.effectiveFrom()
						+ " 起施行",
				blankToNull(reason)));
		return rates.find(id);
	}

	/**
	 * A second administrator refuses the proposal, with a reason.
	 * @throws ApiException {@code REASON_MISSING}, {@code RATE_DECIDED}
	 */
	@Transactional
	public RateRecord reject(long id, String reason, StaffUser admin) {
		requireCityAdmin(admin);
		RateRecord rate = found(id);
		String why = text(reason, 500, "reason", "请填写驳回理由（500 字以内）");
		requirePending(rate);
		if (rates.reject(id, admin.username(), clock.instant(), why) != 1) {
			throw ApiException.conflict("RATE_DECIDED", "该标准已被处理");
		}
		audit.record(new AuditRecord(admin.username(), Role.ADMIN.name(), CITY, null, "AID_RATE_REJECTED",
				"驳回救助标准 #" + id + "（" + rate.proposedBy() + " 提交）：" + rate.kind().label(), why));
		return rates.find(id);
	}

	/** Only the city's administrators keep the rates. */
	static void requireCityAdmin(StaffUser user) {
		if (!user.covers(BusinessLine.AID, Role.ADMIN, CITY)) {
			throw ApiException.forbidden("ACCESS_DENIED", "只有市民政局系统管理员可以维护救助标准");
		}
	}

	private RateRecord found(long id) {
		RateRecord rate = rates.find(id);
		if (rate == null) {
			throw ApiException.notFound("RATE_NOT_FOUND", "没有这项救助标准");
		}
		return rate;
	}

	private static void requirePending(RateRecord rate) {
		if (rate.status() != RateRecord.RateStatus.PROPOSED) {
			throw ApiException.conflict("RATE_DECIDED", "该标准已被处理");
		}
	}

	/** A month already under way or past is paid under the rates that were in force. */
	private void requireNotPast(LocalDate from) {
		if (YearMonth.from(from).isBefore(YearMonth.now(clock))) {
			throw ApiException.conflict("EFFECTIVE_MONTH_PAST", "生效月份已过：已发放的救助金不追溯调整，请选择本月或以后的月份");
		}
	}

	static String figure(RateKind kind, Long amountFen, Integer basisPoints) {
		return kind.basisPoints()
				? "低保标准的 " + java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%"
				: "每人每月 " + BenefitCalculator.yuan(amountFen) + " 元";
	}

	private static String text(String value, int max, String field, String message) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw ApiException.badRequest(value == null || value.isBlank() ? "FIELD_REQUIRED" : "FIELD_TOO_LONG", field,
					message);
		}
		return value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
