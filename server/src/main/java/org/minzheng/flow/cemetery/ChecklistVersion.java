package org.minzheng.flow.cemetery;

import java.time.Instant;
import java.util.List;

/** A published version of the checklist; campaigns keep the version they opened with. */
public record ChecklistVersion(long id, int versionNo, String title, String publishedBy, Instant publishedAt,
		List<ChecklistItem> items) {

}
