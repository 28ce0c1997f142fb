/**
 * The public credit platform (信用中国（广东）/ 公共信用信息平台): receives the social organisations'
 * moves on the abnormal-activity and serious-violation lists. An interface, an HTTP
 * client and an in-process simulator.
 */
package org.minzheng.flow.integration.creditplatform;
