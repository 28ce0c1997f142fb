/**
 * The public credit platform (公共信用信息平台 / 信用中国（广东）): one client for everything the bureau
 * does with it. It checks a subject's credit and criminal records (a welfare-lottery
 * outlet applicant), takes reports of dishonest conduct (a commercial cemetery found
 * unqualified in its annual inspection), and receives the social organisations' moves on
 * the abnormal-activity and serious-violation lists. Interface
 * ({@link org.minzheng.flow.integration.credit.CreditPlatformClient}), HTTP client
 * (contract in {@code CreditWire}) and in-process simulator.
 */
package org.minzheng.flow.integration.credit;
