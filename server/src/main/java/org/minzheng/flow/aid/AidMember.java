package org.minzheng.flow.aid;

import java.time.LocalDate;

import org.minzheng.flow.shared.SealedText;

/**
 * A household member as stored: personal data, kept in our utf8mb4 tables only (the ID
 * number sealed at rest, clear here).
 */
public record AidMember(long id, long householdId, String name, SealedText idNumber, LocalDate birthDate,
		String relation, String hukouStatus, String hukouVerified, boolean applicant) {
}
