/**
 * 社会组织成立登记 at the city or a district bureau
 * ({@code bpmn/socialorg/socialorg-registration.bpmn}): name check, the business
 * supervisory unit's consent in dual mode, acceptance (one supplement request), review by
 * the registrar's reviewer, decision by its approver with reasons, certificate with a
 * USCC and e-licence, announcement.
 *
 * <p>
 * Associations (社会团体) register in two stages under 《社会团体登记管理条例》 (国务院令第250号, 1998, revised
 * 2016; article numbers as in the 1998 text, not checked article by article against the
 * current one): the application to prepare (第九条, 第十一条) and the decision to approve or
 * refuse the preparation with reasons (第十二条, within 60 days; 第十三条 grounds for refusal); a
 * preparation period of 6 months from that approval, in which the general or
 * representative assembly adopts the charter and elects the officers (第十四条); the
 * establishment application ({@link ApplyEstablishment}), reviewed and decided within 30
 * days (第十五条). A period that ends without an establishment application ends the case as
 * {@link RegistrationStatus#PREPARATION_LAPSED}; a last day on a holiday moves to the
 * next working day. Social-service institutions (《民办非企业单位登记管理暂行条例》) and foundations
 * (《基金会管理条例》) register in one stage, decided within 60 days.
 *
 * <p>
 * Funds by their legal names and minimums (data in {@code so_funds_minimum}): 活动资金 of an
 * association, 10万元 national, 3万元 local or cross-region (《社会团体登记管理条例》第十条); 原始基金 of a
 * foundation, 800万元 national and 400万元 local with public fundraising, 200万元 without
 * (《基金会管理条例》第八条; after the 2016 Charity Law 公募 reads as 具有公开募捐资格 — our reading); 开办资金 of
 * a social-service institution, which has no national minimum (its regulation asks for
 * property fit for its activities): 3万元 by local practice, unverified. The forbidden
 * words of the name check are whole terms with an allow-list of legitimate compounds
 * ({@code so_forbidden_word}, {@code so_name_allowed_term}; 《社会组织名称管理办法》, 民政部 2024).
 */
package org.minzheng.flow.socialorg.registration;
