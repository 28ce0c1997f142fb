/**
 * The monthly payment roster (发放名册) for finance: per street, district or the city, each
 * beneficiary paid in a month with the amount under that month's rates, the changes
 * against the month before, totals; CSV and XLSX, every export audited
 * ({@link PaymentRosters}).
 */
package org.minzheng.flow.aid.roster;
