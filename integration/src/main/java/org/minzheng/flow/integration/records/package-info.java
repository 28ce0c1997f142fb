/**
 * The public credit platform (信用中国 / 公共信用信息平台) with the criminal-record check (违法犯罪记录查询)
 * that a welfare-lottery outlet applicant must pass: client interface, HTTP client
 * ({@link HttpCreditRecordClient}, contract in {@link CreditWire}) and an in-process
 * simulator ({@link SimulatedCreditRecordClient}).
 */
package org.minzheng.flow.integration.records;
