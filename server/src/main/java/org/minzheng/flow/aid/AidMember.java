package org.minzheng.flow.aid;

import java.time.LocalDate;

/** A household member as stored: personal data, kept in our utf8mb4 tables only. */
public record AidMember(long id, long householdId, String name, String idNumber, LocalDate birthDate, String relation,
		String hukouStatus, String hukouVerified, boolean applicant) {
}
