package org.minzheng.flow.carehome;

/**
 * A priority tier of the waitlist (data, {@code carehome_priority_tier}): a lower rank is
 * served first.
 */
public record PriorityTier(String code, int tierRank, String nameZh, String nameEn, String source) {
}
