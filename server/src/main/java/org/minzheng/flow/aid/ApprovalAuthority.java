package org.minzheng.flow.aid;

/**
 * Who approves a case: the district, or the competent street under an entrustment of the
 * district.
 *
 * @param orgUnitCode the approving unit
 * @param entrustment the entrustment the street acts under; null when the district
 * approves
 */
public record ApprovalAuthority(String orgUnitCode, String districtCode, Entrustment entrustment,
		ApprovalPanels.Panel panel) {

	public boolean entrusted() {
		return entrustment != null;
	}

	public Long entrustmentId() {
		return entrustment == null ? null : entrustment.id();
	}

}
