package org.minzheng.flow.shared.queue;

/** Numbers as the public pages show them. */
public final class QueueNumbers {

	private QueueNumbers() {
	}

	/**
	 * {@code LT-440308-2026-000123} → {@code LT-440308-****-**0123}: the prefix and the
	 * district stay, the last four digits let an applicant find themselves.
	 */
	public static String mask(String applicationNo) {
		if (applicationNo == null || applicationNo.length() <= 14) {
			return applicationNo;
		}
		StringBuilder out = new StringBuilder(applicationNo);
		for (int i = 10; i < applicationNo.length() - 4; i++) {
			if (Character.isLetterOrDigit(out.charAt(i))) {
				out.setCharAt(i, '*');
			}
		}
		return out.toString();
	}

}
