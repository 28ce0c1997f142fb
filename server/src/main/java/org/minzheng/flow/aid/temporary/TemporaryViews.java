package org.minzheng.flow.aid.temporary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.PersonalDataMasking;
import org.springframework.stereotype.Component;

/**
 * A temporary-assistance case as staff read it: the person in full for those who handle
 * it at its street, masked for everyone else.
 */
@Component
class TemporaryViews {

	static final List<Role> HANDLING_ROLES = List.of(Role.CLERK, Role.REVIEWER, Role.APPROVER);

	private final OrgDirectory orgs;

	TemporaryViews(OrgDirectory orgs) {
		this.orgs = orgs;
	}

	CaseView of(TemporaryCase c, StaffUser user) {
		boolean handling = HANDLING_ROLES.stream()
			.anyMatch(role -> user.covers(BusinessLine.AID, role, c.streetCode()));
		return new CaseView(c.caseNo(), c.kind().name(), c.status().name(), c.districtCode(),
				orgs.nameOf(c.districtCode()), c.streetCode(), orgs.nameOf(c.streetCode()),
				handling ? c.personName() : PersonalDataMasking.maskName(c.personName()), c.idNumber().masked(),
				c.householdSize(), c.eventType(), c.eventDate(), c.householdIncomeFen(), c.rigidExpenditureFen(),
				c.shortfallFen(), c.tierLabel(), c.amountFen(), c.noticeRequired(), c.noticeSkipReason(),
				c.noticeStart(), c.noticeEnd(), c.paidAt(), c.paymentInstruction(), c.regularisationDue(),
				c.regularisationOverdue(), c.approvingOrgUnit(),
				c.approvingOrgUnit() == null ? null : orgs.nameOf(c.approvingOrgUnit()), c.decision(), c.recoveryNote(),
				c.refundedFen(), c.submittedBy(), c.submittedAt(), c.closedAt());
	}

	/** The case as the API shows it (amounts in fen). */
	record CaseView(String caseNo, String kind, String status, String districtCode, String districtName,
			String streetCode, String streetName, String personName, String idNumber, int householdSize,
			String eventType, LocalDate eventDate, Long householdIncomeFen, Long rigidExpenditureFen, Long shortfallFen,
			String tierLabel, long amountFen, boolean noticeRequired, String noticeSkipReason, LocalDate noticeStart,
			LocalDate noticeEnd, Instant paidAt, String paymentInstruction, LocalDate regularisationDue,
			boolean regularisationOverdue, String approvingOrgUnit, String approvingOrgUnitName, String decision,
			String recoveryNote, long refundedFen, String submittedBy, Instant submittedAt, Instant closedAt) {
	}

}
