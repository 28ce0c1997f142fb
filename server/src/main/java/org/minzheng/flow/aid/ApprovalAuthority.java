package org.minzheng.flow.aid;

/**
 * Who approves a case: the district, or the competent street under an entrustment of the
 * district.
 *
 * @param orgUnitCode the approving unit
 * @param entrustment the entrustment the street acts under; null when the district
 * approves
 * @param conflictOfInterest the district approves because the applicant is a close
 * relative of staff (近亲属备案), whatever it entrusted to its streets
 */
public record ApprovalAuthority(String orgUnitCode, String districtCode, Entrustment entrustment,
		ApprovalPanels.Panel panel, boolean conflictOfInterest) {

	public boolean entrusted() {
		return entrustment != null;
	}

	public Long entrustmentId() {
		return entrustment == null ? null : entrustment.id();
	}

}
