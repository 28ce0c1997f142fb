package org.minzheng.flow.elderly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly payment roster (发放名册) of 高龄津贴, like 低保's: who is paid how much in the
 * month, what changed against the month before (new, stopped), and the totals. A month is
 * paid from the case's first month through the month of a death, a move or a refusal.
 */
@Service
public class AllowanceRoster {

	private final ElderlyMapper mapper;

	private final PersonalDataCrypto crypto;

	private final OrgDirectory orgs;

	AllowanceRoster(ElderlyMapper mapper, PersonalDataCrypto crypto, OrgDirectory orgs) {
		this.mapper = mapper;
		this.crypto = crypto;
		this.orgs = orgs;
	}

	/** How a row changed against the month before. */
	public enum Change {

		NEW, UNCHANGED, STOPPED

	}

	/** A resident on the roster; a stopped one is paid 0 this month. */
	public record Row(String caseNo, String streetCode, String streetName, String residentName, String eligibility,
			long amountFen, Change change, String stopReason) {
	}

	/** The roster of a unit for a month. */
	public record Roster(String unitCode, String unitName, YearMonth month, List<Row> rows, int paid, long totalFen,
			long newCount, long stoppedCount) {
	}

	/** The roster, for a user who may read the unit (checked by the caller). */
	@Transactional(readOnly = true)
	public Roster roster(String unit, YearMonth month) {
		String m = month.toString();
		String previous = month.minusMonths(1).toString();
		List<Row> rows = new ArrayList<>();
		int paid = 0;
		long total = 0;
		long added = 0;
		long stopped = 0;
		for (Allowance a : mapper.roster(unit, m, previous)) {
			boolean paidNow = a.payUntil() == null || a.payUntil().compareTo(m) >= 0;
			Change change = !paidNow ? Change.STOPPED : a.payFrom().equals(m) ? Change.NEW : Change.UNCHANGED;
			long fen = paidNow && a.monthlyAmountFen() != null ? a.monthlyAmountFen() : 0;
			if (!paidNow && a.payFrom().compareTo(previous) > 0) {
				// never paid (stopped before its first month)
				continue;
			}
			rows.add(new Row(a.caseNo(), a.streetCode(), orgs.nameOf(a.streetCode()),
					PersonalDataMasking.maskName(crypto.open(a.residentName())), a.eligibility(), fen, change,
					paidNow ? null : a.stopReason()));
			if (paidNow) {
				paid++;
				total += fen;
			}
			added += change == Change.NEW ? 1 : 0;
			stopped += change == Change.STOPPED ? 1 : 0;
		}
		return new Roster(unit, orgs.nameOf(unit), month, rows, paid, total, added, stopped);
	}

	/** The roster of a unit the user may read. */
	@Transactional(readOnly = true)
	public Roster read(String unit, YearMonth month, StaffUser user) {
		return roster(AllowanceViews.unit(unit, user), month);
	}

}
