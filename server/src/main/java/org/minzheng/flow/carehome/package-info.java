/**
 * 公办养老机构评估轮候入住 (public care-home waitlist), line {@code elderly}: "先评估再轮候入住" (assess
 * first, then queue). A street clerk registers an elder's application for a public care
 * home ({@code YL-} numbers); the district assesses the care needs (老年人能力评估, levels 0–4
 * after GB/T 42195-2022); an assessed elder whose level reaches the home's threshold
 * joins the home's queue with the priority tier of their category (tiers as data,
 * {@code carehome_priority_tier}: 特困, 低保/低收入, 计划生育特殊家庭, others), within a tier the oldest
 * first, then the earlier application. A freed bed released by the district is offered at
 * once to whom the rules name; a decline or an expiry is a pass, and the home's limit of
 * passes removes the elder. Each offer runs
 * {@code bpmn/elderly/elderly-carehome-offer.bpmn} ({@code ElderlyCareHomeOfferProcess},
 * business key the offer number): an answer is correlated to it, and its timer lapses an
 * unanswered offer at the deadline. The queue is the shared tamper-evident waitlist
 * ({@code shared.queue}): hash-chained per home, replayable, verified and public by
 * masked number at {@code /public/carehome}.
 */
package org.minzheng.flow.carehome;
