package org.minzheng.flow.charity;

import java.time.LocalDate;

/**
 * A charity on our register as the API shows it: the stored row without its internal id.
 */
public record CharityView(String uscc, String name, String registrarCode, String source, LocalDate charitySince,
		String certificateNo, String platformNo) {

	static CharityView of(CharityOrganisation row) {
		return new CharityView(row.uscc(), row.name(), row.registrarCode(), row.source(), row.charitySince(),
				row.certificateNo(), row.platformNo());
	}

}
