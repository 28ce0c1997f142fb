package org.minzheng.flow.elderly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess.UnclearReason;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the 高龄津贴 pages show: the list of a unit's cases (names masked), one case with the
 * rule's inputs and the decision's version, the texts sent to the resident, and the
 * supervisor's figures.
 */
@Component
class AllowanceViews {

	private final ElderlyMapper mapper;

	private final PersonalDataCrypto crypto;

	private final OrgDirectory orgs;

	AllowanceViews(ElderlyMapper mapper, PersonalDataCrypto crypto, OrgDirectory orgs) {
		this.mapper = mapper;
		this.crypto = crypto;
		this.orgs = orgs;
	}

	/** A row of the list. */
	record AllowanceRow(String caseNo, String residentName, String streetCode, String streetName, LocalDate birthDate,
			String status, String statusLabel, String statusLabelEn, String unclearReason, String decidedBy,
			Long monthlyAmountFen, String payFrom, String payUntil) {
	}

	/** A page of rows. */
	record AllowancePage(List<AllowanceRow> items, long total, int page, int size) {
	}

	/** A text sent to the resident. */
	record SmsView(String text, Instant sentAt) {
	}

	/** One case. */
	record AllowanceView(String caseNo, String residentName, String idNumber, LocalDate birthDate, String streetCode,
			String streetName, boolean bankAccountRecorded, String status, String statusLabel, String statusLabelEn,
			String unclearReason, String unclearReasonLabel, String decisionInputs, String eligibility,
			Long monthlyAmountFen, String decisionVersion, Instant decidedAt, String decidedBy, String reviewedBy,
			String reviewOpinion, String payFrom, String payUntil, String stopReason, Instant receivedAt,
			Instant closedAt, List<SmsView> sms) {
	}

	/** The supervisor's figures of a unit. */
	record Figures(String unitCode, String unitName, long grantedByRule, long grantedByStaff, long stopped,
			long pending, long notGranted) {
	}

	@Transactional(readOnly = true)
	AllowancePage list(String unit, AllowanceStatus status, int page, int size, StaffUser user) {
		String at = unit(unit, user);
		int limit = Math.max(1, Math.min(size, 100));
		int offset = Math.max(0, page) * limit;
		List<AllowanceRow> rows = mapper.list(at, status, limit, offset).stream().map(this::row).toList();
		return new AllowancePage(rows, mapper.count(at, status), Math.max(0, page), limit);
	}

	@Transactional(readOnly = true)
	AllowanceView view(String caseNo, StaffUser user) {
		Allowance a = mapper.byNo(caseNo);
		if (a == null) {
			throw ApiException.notFound("ALLOWANCE_NOT_FOUND", "案件不存在或无权查看");
		}
		return view(a, user);
	}

	AllowanceView view(Allowance a, StaffUser user) {
		// the street's clerk handles the case: the full number; everyone else reads it
		// masked
		boolean handles = user.covers(BusinessLine.ELDERLY, Role.CLERK, a.streetCode());
		String idNumber = crypto.open(a.idNumber());
		String name = crypto.open(a.residentName());
		return new AllowanceView(a.caseNo(), handles ? name : PersonalDataMasking.maskName(name),
				handles ? idNumber : PersonalDataMasking.maskText(idNumber), a.birthDate(), a.streetCode(),
				orgs.nameOf(a.streetCode()), a.bankAccount() != null, a.status().name(), a.status().labelZh(),
				a.status().labelEn(), a.unclearReason(), reasonZh(a.unclearReason()), a.decisionInputs(),
				a.eligibility(), a.monthlyAmountFen(), a.decisionVersion(), a.decidedAt(), a.decidedBy(),
				a.reviewedBy(), a.reviewOpinion(), a.payFrom(), a.payUntil(), a.stopReason(), a.receivedAt(),
				a.closedAt(), mapper.smsOf(a.caseNo()).stream().map(s -> new SmsView(s.text(), s.sentAt())).toList());
	}

	@Transactional(readOnly = true)
	Figures figures(String unit, StaffUser user) {
		String at = unit(unit, user);
		long byRule = 0;
		long byStaff = 0;
		long stopped = 0;
		long pending = 0;
		long notGranted = 0;
		for (ElderlyMapper.Figure f : mapper.figures(at)) {
			switch (f.status()) {
				case "GRANTED" -> {
					if (Allowance.BY_STAFF.equals(f.decidedBy())) {
						byStaff += f.n();
					}
					else {
						byRule += f.n();
					}
				}
				case "STOPPED", "REFUSED" -> stopped += f.n();
				case "RECEIVED", "PENDING_STAFF" -> pending += f.n();
				default -> notGranted += f.n();
			}
		}
		return new Figures(at, orgs.nameOf(at), byRule, byStaff, stopped, pending, notGranted);
	}

	private AllowanceRow row(Allowance a) {
		return new AllowanceRow(a.caseNo(), PersonalDataMasking.maskName(crypto.open(a.residentName())), a.streetCode(),
				orgs.nameOf(a.streetCode()), a.birthDate(), a.status().name(), a.status().labelZh(),
				a.status().labelEn(), a.unclearReason(), a.decidedBy(), a.monthlyAmountFen(), a.payFrom(),
				a.payUntil());
	}

	/**
	 * The unit asked for, or the user's own for the line; one outside the user's scope is
	 * refused.
	 */
	static String unit(String unit, StaffUser user) {
		String at = unit == null || unit.isBlank() ? user.primary(BusinessLine.ELDERLY).orgUnitCode() : unit.strip();
		if (!user.canSee(BusinessLine.ELDERLY, at)) {
			throw ApiException.forbidden("ACCESS_DENIED", "无权查看该单位的高龄津贴");
		}
		return at;
	}

	static String reasonZh(String reason) {
		if (reason == null) {
			return null;
		}
		return switch (UnclearReason.valueOf(reason)) {
			case NAME_MISMATCH -> "姓名与户籍登记不一致";
			case MISSING_BANK_ACCOUNT -> "缺少收款账户";
			case CONFLICTING_RECORDS -> "各库记录矛盾";
		};
	}

	static String decidedByZh(String decidedBy) {
		return decidedBy == null ? null : Allowance.BY_RULE.equals(decidedBy) ? "规则秒批" : "人工核实";
	}

}
