/**
 * The amounts of 低保 and 特困 (救助标准与金额核算): the rates as data — 低保标准, 特困基本生活供养金, 生活扶助金
 * shares, 照料护理金 — each with the month it takes effect and the document that set it, kept
 * by the city's administrators with four eyes ({@link BenefitRates}); the pure
 * {@link BenefitCalculator} (top-up 补差 plus supplements; basic support plus care
 * allowance), and the breakdown stored at approval ({@link BenefitAmounts}).
 *
 * <p>
 * The 2022 figures (低保 ¥1,365, 特困 ¥2,048 per person per month) come from our sources;
 * supplement shares and care allowances do not, and exist only as demo data marked
 * 演示数据，非现行文件 ({@code AidRateDemoData}). Without a rate in force an item is reported as
 * such, never paid as zero in silence.
 */
package org.minzheng.flow.aid.amount;
