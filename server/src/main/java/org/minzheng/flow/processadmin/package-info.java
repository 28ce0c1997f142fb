/**
 * Process owners (流程管理员) revise the BPMN of a chain themselves, safely: the console lists
 * every process with its versions, running instances per version and district, and the
 * forms and decisions each version uses; an uploaded model is checked before anything
 * happens (a hardened XML parse, {@code ModelRules}: no scripts, no class names, only
 * allow-listed delegate beans, history time to live, candidate groups, forms that exist,
 * calendar due dates, remote calls asynchronous with retries; then the engine's own
 * parse), and so are the forms ({@code FormCheck}) and decision files
 * ({@code DecisionCheck}) edited with it, which travel with the change and are deployed
 * with the version; a change waits for a second process owner's approval (four eyes) with
 * the element diff to the version it replaces, and only then is deployed; running
 * instances move to the new version after a preview and a dry run that say which can and
 * cannot move and why. A district may run its own variant of a chain (an engine tenant
 * named by the district code): its cases start the variant, every other district's the
 * city's version. A city process owner may also propose a new process of their line (the
 * same checks; everything in it is added) or the retirement of one (no new instances of
 * any version or variant, running ones finish), each approved by a second owner. Every
 * proposal, decision, deployment, retirement and migration is in the audit chain.
 */
package org.minzheng.flow.processadmin;
