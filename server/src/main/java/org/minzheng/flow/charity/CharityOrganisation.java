package org.minzheng.flow.charity;

import java.time.LocalDate;

/** A charity on our register: registered as one, or recognised by us. */
public record CharityOrganisation(long id, String uscc, String name, String registrarCode, String source,
		LocalDate charitySince, String certificateNo, String platformNo) {
}
