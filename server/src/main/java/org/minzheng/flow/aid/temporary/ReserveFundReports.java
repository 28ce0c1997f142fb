package org.minzheng.flow.aid.temporary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.Csv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff read of a street's reserve fund — its balance and ledger — and the
 * reconciliation (对账) of a period: every payment matched to its case and whether (and
 * how) the case was regularised, unregularised ones past their limit flagged, and the
 * closing balance checked against opening + top-ups − payments + refunds.
 */
@Service
public class ReserveFundReports {

	private static final int MAX_ENTRIES = 5000;

	private final ReserveFund fund;

	private final TemporaryMapper cases;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	ReserveFundReports(ReserveFund fund, TemporaryMapper cases, OrgDirectory orgs, AuditTrail audit, Clock clock) {
		this.fund = fund;
		this.cases = cases;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The balance and the latest movements (the caller's scope was checked by the access
	 * target).
	 */
	@Transactional(readOnly = true)
	public Ledger ledger(String street) {
		return new Ledger(street, orgs.nameOf(street), fund.balance(street),
				fund.latest(street, 200).stream().map(ReserveFundReports::view).toList());
	}

	/**
	 * Tops the street's fund up: the district's aid approver or its administrator only.
	 */
	@Transactional
	public Ledger topUp(String street, long amountFen, String documentNo, StaffUser user) {
		String district = orgs.districtOf(street).map(d -> d.code()).orElseThrow();
		Role role = user.covers(BusinessLine.AID, Role.APPROVER, district) ? Role.APPROVER
				: user.covers(BusinessLine.AID, Role.ADMIN, district) ? Role.ADMIN : null;
		if (role == null) {
			throw ApiException.forbidden("NOT_DISTRICT_APPROVER", "备用金由区民政局社会救助审批人员或管理员拨付");
		}
		fund.topUp(street, amountFen, documentNo, user.username(), role.name());
		return ledger(street);
	}

	/** The reconciliation of the period {@code [from, to]} (Beijing dates). */
	@Transactional(readOnly = true)
	public Reconciliation reconcile(String street, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw ApiException.badRequest("INVALID_PERIOD", "from", "对账期间不正确");
		}
		Instant start = from.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
		long opening = fund.balanceBefore(street, start);
		List<ReserveFundMapper.Entry> entries = fund.entries(street, start, end, MAX_ENTRIES);
		long topUps = 0;
		long payments = 0;
		long refunds = 0;
		List<PaymentLine> lines = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		for (ReserveFundMapper.Entry e : entries) {
			switch (ReserveFund.Movement.valueOf(e.kind())) {
				case TOP_UP -> topUps += e.amountFen();
				case REFUND -> refunds += e.amountFen();
				case PAYMENT -> {
					payments += e.amountFen();
					TemporaryCase c = e.caseNo() == null ? null : cases.findByNo(e.caseNo());
					lines.add(line(e, c, today));
				}
			}
		}
		long closing = entries.isEmpty() ? opening : entries.get(entries.size() - 1).balanceAfterFen();
		return new Reconciliation(street, orgs.nameOf(street), from, to, opening, topUps, payments, refunds, closing,
				closing == opening + topUps - payments + refunds, lines);
	}

	/** The reconciliation as CSV (one line per payment, then the totals); audited. */
	@Transactional
	public String csv(String street, LocalDate from, LocalDate to, StaffUser user) {
		Reconciliation r = reconcile(street, from, to);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(Csv.row("支付时间", "案件编号", "救助类型", "支付金额（元）", "案件状态", "补办情况", "补办期限", "超期未补办", "已追回（元）"));
		for (PaymentLine l : r.payments()) {
			csv.append(
					Csv.row(CaseFacts.time(l.paidAt()), l.caseNo(), l.kind(), CaseFacts.yuan(l.amountFen()), l.status(),
							l.regularisation(), l.regularisationDue() == null ? null : l.regularisationDue().toString(),
							l.overdue() ? "是" : "否", CaseFacts.yuan(l.refundedFen())));
		}
		csv.append(Csv.row("期初余额", CaseFacts.yuan(r.openingFen())));
		csv.append(Csv.row("本期拨付", CaseFacts.yuan(r.topUpsFen())));
		csv.append(Csv.row("本期支付", CaseFacts.yuan(r.paymentsFen())));
		csv.append(Csv.row("本期追回", CaseFacts.yuan(r.refundsFen())));
		csv.append(Csv.row("期末余额", CaseFacts.yuan(r.closingFen())));
		csv.append(Csv.row("账实相符", r.balanced() ? "是" : "否"));
		RoleAssignmentName role = RoleAssignmentName.of(user, street);
		audit.record(new AuditRecord(user.username(), role.name(), street, null, "AID_RESERVE_RECONCILIATION_EXPORTED",
				"导出" + r.streetName() + "备用金对账 " + from + " 至 " + to + "（支付 " + r.payments().size() + " 笔）", null));
		return csv.toString();
	}

	private static PaymentLine line(ReserveFundMapper.Entry e, TemporaryCase c, LocalDate today) {
		if (c == null) {
			return new PaymentLine(e.createdAt(), e.caseNo(), null, e.amountFen(), null, "未匹配到案件", null, false, 0);
		}
		String how = switch (c.status()) {
			case REGULARISED -> "已补办确认";
			case NOT_DUE -> "认定不应救助（" + (c.refundedFen() >= c.amountFen() ? "已全额追回" : "追回中") + "）";
			default -> "未补办";
		};
		boolean overdue = !c.status().isClosed() && (c.regularisationOverdue()
				|| c.regularisationDue() != null && c.regularisationDue().isBefore(today));
		return new PaymentLine(e.createdAt(), c.caseNo(), c.kind().label(), e.amountFen(), c.status().name(), how,
				c.regularisationDue(), overdue, c.refundedFen());
	}

	private static EntryView view(ReserveFundMapper.Entry e) {
		return new EntryView(e.id(), e.kind(), e.amountFen(), e.balanceAfterFen(), e.caseNo(), e.reason(),
				e.createdBy(), e.createdAt());
	}

	/**
	 * The role to record for an export: the first aid role the user holds over the
	 * street.
	 */
	private record RoleAssignmentName(String name) {

		static RoleAssignmentName of(StaffUser user, String street) {
			for (Role role : Role.values()) {
				if (user.covers(BusinessLine.AID, role, street)) {
					return new RoleAssignmentName(role.name());
				}
			}
			return new RoleAssignmentName(Role.AUDITOR.name());
		}

	}

	/** A fund's balance and its latest entries, newest first. */
	public record Ledger(String streetCode, String streetName, long balanceFen, List<EntryView> entries) {
	}

	/** One movement. */
	public record EntryView(long id, String kind, long amountFen, long balanceAfterFen, String caseNo, String reason,
			String createdBy, Instant createdAt) {
	}

	/** A payment matched to its case. */
	public record PaymentLine(Instant paidAt, String caseNo, String kind, long amountFen, String status,
			String regularisation, LocalDate regularisationDue, boolean overdue, long refundedFen) {
	}

	/** The reconciliation of a period. */
	public record Reconciliation(String streetCode, String streetName, LocalDate from, LocalDate to, long openingFen,
			long topUpsFen, long paymentsFen, long refundsFen, long closingFen, boolean balanced,
			List<PaymentLine> payments) {
	}

}
