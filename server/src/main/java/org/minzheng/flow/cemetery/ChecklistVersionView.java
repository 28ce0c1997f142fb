package org.minzheng.flow.cemetery;

import java.time.Instant;
import java.util.List;

/**
 * A published checklist version as the API shows it (no internal id).
 */
public record ChecklistVersionView(int versionNo, String title, String publishedBy, Instant publishedAt,
		List<ChecklistItem> items) {

	static ChecklistVersionView of(ChecklistVersion row) {
		return new ChecklistVersionView(row.versionNo(), row.title(), row.publishedBy(), row.publishedAt(),
				row.items());
	}

}
