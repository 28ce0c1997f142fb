/**
 * The public credit platform (公共信用信息平台 / 信用中国（广东）): records of dishonest conduct (失信记录)
 * that the bureau reports, e.g. a commercial cemetery found unqualified in its annual
 * inspection. Interface, HTTP client, in-process simulator.
 */
package org.minzheng.flow.integration.credit;
