/**
 * Social assistance (社会救助): minimum living allowance (低保) and extreme-poverty support
 * (特困), whose approval a district may entrust (委托) to its street offices.
 *
 * <p>
 * Who acts: a street clerk (窗口受理) takes in the application at any street window and hands
 * it to the competent street, checks the material (once, listing everything missing:
 * 一次性告知), investigates at home; the street reviewer (审核) reviews and publishes the 7-day
 * notice (公示); the district approver (审批) decides — or the street's approver when the
 * district entrusted that benefit type to the street. A supervisor (科长) follows overdue
 * work and incidents; the district administrator manages entrustments. Acceptance (受理审查),
 * street review (街道审核) and approval (审批) of one case are done by three different people
 * (the process declares it; {@code inbox.SeparationOfDuties} enforces it). An applicant
 * who is a close relative of aid staff or community cadres (近亲属备案) is registered
 * separately and decided by the district, which also visits the household itself, even
 * where it entrusted approval to its streets.
 *
 * <p>
 * Legal basis: 《社会救助暂行办法》, 《最低生活保障审核确认办法》 (民发〔2021〕57号), 《特困人员认定办法》 and the
 * Guangdong/Shenzhen rules on entrusting approval to streets. Total limit 30 working days
 * from acceptance, extendable once to 45 with a recorded reason.
 *
 * <p>
 * Process: {@code processes/src/main/resources/bpmn/aid/aid-application.bpmn}
 * ({@code AidApplicationProcess}); names in
 * {@code org.minzheng.flow.processes.aid.AidApplicationProcess}.
 */
package org.minzheng.flow.aid;
