package org.minzheng.flow.cemetery;

/** One item of the on-site checklist. */
public record ChecklistItem(String itemCode, int seq, String category, String itemText) {
}
