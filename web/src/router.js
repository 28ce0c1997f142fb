import { createRouter, createWebHistory } from 'vue-router'
import { session, loadMe, hasRole, hasLine, hasLineRole, LOTTERY_STAFF } from './session'
import { loadAllMessages } from './i18n'

// the line a case number belongs to, by its prefix (as the server's BusinessLine): 低保/特困 DB-/TK-/LS-, their
// periodic reviews FC- and spot checks CC-,
// social organisations SO-, charity CH-/CT-/CTF-, lottery LT…-, cemeteries CEM-, elderly services GL-/YL-
const CASE_LINES = [
  ['aid', /^(DB|TK|LS|FC|CC)-/i],
  ['socialorg', /^SO-/i],
  ['charity', /^(CH|CT|CTF)-/i],
  ['lottery', /^LT[A-Z]?-/i],
  ['cemetery', /^CEM-/i],
  ['elderly', /^(GL|YL)-/i]
]
export const lineOfCase = (no) => CASE_LINES.find(([, prefix]) => prefix.test(String(no)))?.[0]
// an external party (an operator, a trustee, a supervisory unit, an outlet applicant) follows a case link to
// the chain's own page, where it acts; the case page is the bureau's staff's
const PARTY_PAGES = [
  [/^CEM-\d{6}-\d{4}$/, (no) => '/cemetery/campaigns/' + no],
  [/^CEM-/, (no) => '/cemetery/inspections/' + no],
  [/^(CH|CT|CTF)-/, (no) => '/charity/cases/' + no],
  [/^SO-REG-/, (no) => '/socialorg/registrations/' + no],
  [/^LT-/, () => '/lottery/my']
]
const STAFF = ['CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'AUDITOR']
function partyPage(no) {
  const line = lineOfCase(no)
  if (!line || hasLineRole(line, ...STAFF) || !hasLineRole(line, 'PARTY')) return null
  const found = PARTY_PAGES.find(([prefix]) => prefix.test(String(no)))
  return found ? found[1](String(no)) : null
}

const routes = [
  { path: '/login', name: 'login', component: () => import('./views/common/LoginView.vue'), meta: { public: true } },
  { path: '/', redirect: '/inbox' },
  { path: '/inbox', name: 'inbox', component: () => import('./views/inbox/InboxView.vue') },
  { path: '/applications/new', name: 'new-application', component: () => import('./views/aid/NewApplicationView.vue'), meta: { line: 'aid', roles: ['CLERK'] } },
  { path: '/aid/rosters', name: 'aid-rosters', component: () => import('./views/aid/PaymentRosterView.vue'), meta: { line: 'aid', roles: ['CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'AUDITOR'] } },
  { path: '/aid/rates', name: 'aid-rates', component: () => import('./views/aid/BenefitRatesView.vue'), meta: { line: 'aid', roles: ['ADMIN', 'CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'AUDITOR'] } },
  // 社会救助 after approval: the streets' periodic reviews (动态复核), the district's spot checks (抽查)
  { path: '/aid/reviews', name: 'aid-reviews', component: () => import('./views/aid/AidReviewsView.vue'), meta: { line: 'aid', roles: ['CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'AUDITOR'] } },
  { path: '/aid/spot-checks', name: 'aid-spot-checks', component: () => import('./views/aid/AidSpotChecksView.vue'), meta: { line: 'aid', roles: ['REVIEWER', 'APPROVER', 'SUPERVISOR', 'AUDITOR'] } },
  // 临时救助 and 备用金 (issue 19, temporary assistance)
  { path: '/aid/temporary', name: 'aid-temporary', component: () => import('./views/aid/TemporaryAssistanceView.vue'), meta: { line: 'aid', roles: ['CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'AUDITOR'] } },
  { path: '/aid/settings', name: 'aid-settings', component: () => import('./views/aid/AidSettingsView.vue'), meta: { line: 'aid', roles: ['ADMIN', 'CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'AUDITOR'] } },
  { path: '/aid/reserve-fund', name: 'aid-reserve-fund', component: () => import('./views/aid/ReserveFundView.vue'), meta: { line: 'aid', roles: ['CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'AUDITOR', 'ADMIN'] } },
  { path: '/tasks/:id', name: 'task', component: () => import('./views/inbox/TaskView.vue'), props: true },
  { path: '/cases/:no', name: 'case', component: () => import('./views/cases/CaseView.vue'), props: true },
  { path: '/cases/:no/print', name: 'case-print', component: () => import('./views/cases/CasePrintView.vue'), props: true },
  { path: '/dashboard', name: 'dashboard', component: () => import('./views/inbox/DashboardView.vue'), meta: { roles: ['SUPERVISOR'] } },
  { path: '/audit', name: 'audit', component: () => import('./views/cases/AuditView.vue'), meta: { roles: ['AUDITOR', 'SUPERVISOR', 'ADMIN'] } },
  { path: '/socialorg', redirect: '/socialorg/credit' },
  { path: '/socialorg/registrations/new', name: 'socialorg-register', component: () => import('./views/socialorg/SocialOrgRegistrationView.vue'), meta: { line: 'socialorg', roles: ['CLERK'] } },
  { path: '/socialorg/registrations/:no', name: 'socialorg-registration', component: () => import('./views/socialorg/SocialOrgRegistrationCaseView.vue'), props: true, meta: { line: 'socialorg' } },
  { path: '/socialorg/credit', name: 'socialorg-credit', component: () => import('./views/socialorg/SocialOrgCreditView.vue'), meta: { line: 'socialorg' } },
  { path: '/socialorg/annual', name: 'socialorg-annual', component: () => import('./views/socialorg/SocialOrgAnnualView.vue'), meta: { line: 'socialorg' } },
  { path: '/socialorg/spot-checks', name: 'socialorg-spot-checks', component: () => import('./views/socialorg/SocialOrgSpotCheckView.vue'), meta: { line: 'socialorg' } },
  { path: '/process-admin', name: 'process-admin', component: () => import('./views/process/ProcessAdminView.vue'), meta: { roles: ['PROCESS_OWNER'] } },
  { path: '/process-admin/new', name: 'process-new', component: () => import('./views/process/ProcessModelerView.vue'), meta: { roles: ['PROCESS_OWNER'] } },
  { path: '/process-admin/model/:definitionId', name: 'process-modeler', component: () => import('./views/process/ProcessModelerView.vue'), props: true, meta: { roles: ['PROCESS_OWNER'] } },
  { path: '/process-admin/changes/:id', name: 'process-change', component: () => import('./views/process/ProcessChangeView.vue'), props: true, meta: { roles: ['PROCESS_OWNER'] } },
  { path: '/process-admin/migrations', name: 'process-migration', component: () => import('./views/process/ProcessMigrationView.vue'), meta: { roles: ['PROCESS_OWNER'] } },
  { path: '/admin', name: 'admin', component: () => import('./views/admin/AdminView.vue'), meta: { roles: ['ADMIN'] } },
  { path: '/admin/security', name: 'security-policy', component: () => import('./views/admin/SecurityPolicyView.vue'), meta: { roles: ['ADMIN'] } },
  // every signed-in user's own sessions (user menu)
  { path: '/me/sessions', name: 'my-sessions', component: () => import('./views/common/MySessionsView.vue') },
  { path: '/public/lottery', name: 'public-lottery-areas', component: () => import('./views/lottery/PublicQueueView.vue'), meta: { public: true } },
  { path: '/public/lottery/:area', name: 'public-lottery', component: () => import('./views/lottery/PublicQueueView.vue'), props: true, meta: { public: true } },
  { path: '/public/carehome', name: 'public-carehome-homes', component: () => import('./views/carehome/PublicCareHomeView.vue'), meta: { public: true } },
  { path: '/public/carehome/:home', name: 'public-carehome', component: () => import('./views/carehome/PublicCareHomeView.vue'), props: true, meta: { public: true } },
  { path: '/carehome', name: 'carehome', component: () => import('./views/carehome/CareHomeStaffView.vue'), meta: { line: 'elderly', roles: LOTTERY_STAFF } },
  { path: '/lottery/areas', name: 'lottery-areas', component: () => import('./views/lottery/LotteryAreasView.vue'), meta: { line: 'lottery', roles: LOTTERY_STAFF } },
  { path: '/lottery/areas/:area', name: 'lottery-area', component: () => import('./views/lottery/LotteryAreasView.vue'), props: true, meta: { line: 'lottery', roles: LOTTERY_STAFF } },
  { path: '/lottery/my', name: 'my-lottery', component: () => import('./views/lottery/MyLotteryView.vue'), meta: { line: 'lottery', roles: ['PARTY'] } },
  { path: '/charity', name: 'charity', component: () => import('./views/charity/CharityView.vue'), meta: { line: 'charity' } },
  { path: '/charity/trusts/new', name: 'charity-trust-new', component: () => import('./views/charity/CharityTrustNewView.vue'), meta: { line: 'charity', roles: ['PARTY'] } },
  { path: '/charity/trusts/:no', name: 'charity-trust', component: () => import('./views/charity/CharityTrustView.vue'), props: true, meta: { line: 'charity' } },
  { path: '/charity/cases/:no', name: 'charity-case', component: () => import('./views/charity/CharityCaseView.vue'), props: true, meta: { line: 'charity' } },
  { path: '/public/charity', name: 'public-charity', component: () => import('./views/charity/PublicCharityRecordsView.vue'), meta: { public: true } },
  { path: '/elderly', name: 'elderly', component: () => import('./views/elderly/ElderlyView.vue'), meta: { line: 'elderly' } },
  { path: '/elderly/allowances/:no', name: 'elderly-allowance', component: () => import('./views/elderly/ElderlyAllowanceView.vue'), props: true, meta: { line: 'elderly' } },
  { path: '/cemetery', name: 'cemetery', component: () => import('./views/cemetery/CemeteryView.vue'), meta: { line: 'cemetery' } },
  { path: '/cemetery/checklists', name: 'cemetery-checklists', component: () => import('./views/cemetery/CemeteryChecklistView.vue'), meta: { line: 'cemetery' } },
  { path: '/cemetery/campaigns/:no', name: 'cemetery-campaign', component: () => import('./views/cemetery/CemeteryCampaignView.vue'), props: true, meta: { line: 'cemetery' } },
  { path: '/cemetery/inspections/:no', name: 'cemetery-inspection', component: () => import('./views/cemetery/CemeteryInspectionView.vue'), props: true, meta: { line: 'cemetery' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/common/NotFoundView.vue') }
]

export const router = createRouter({ history: createWebHistory(), routes })

/**
 * Whether the signed-in user may open the route: a page of a business line (meta.line) needs a role for that
 * line (one of meta.roles when given); a cross-line page needs one of meta.roles for any line; a case page needs
 * the line of the case's number.
 */
export function mayOpen(to) {
  if (to.meta.line) return hasLineRole(to.meta.line, ...(to.meta.roles || []))
  if (to.meta.roles && !hasRole(...to.meta.roles)) return false
  if (to.name === 'case' || to.name === 'case-print') {
    const line = lineOfCase(to.params.no)
    return !line || hasLine(line)
  }
  return true
}

// the first pages' catalogue part ships with the entry; any other page waits for the whole catalogues
const FIRST_PAGES = ['login', 'inbox']

router.beforeEach(async (to) => {
  if (!FIRST_PAGES.includes(to.name)) {
    // the page's chunk is fetched meanwhile, not after (the router loads it once the guards are through)
    to.matched.forEach((record) => typeof record.components?.default === 'function' && record.components.default().catch(() => {}))
    await loadAllMessages().catch(() => {})
  }
  if (!session.loaded) await loadMe()
  if (to.meta.public) return true
  if (!session.me) return { name: 'login', query: session.expired ? { redirect: to.fullPath, expired: '1' } : { redirect: to.fullPath } }
  // an outlet applicant (PARTY at a lottery applicant unit) has no inbox: their page is their applications
  // (other external parties, e.g. a social organisation's supervisory unit, work from the inbox)
  if (to.name === 'inbox' && hasRole('PARTY') && session.me.roles.every((r) => r.role === 'PARTY' && r.orgUnitCode?.startsWith('LT-AP-'))) return { name: 'my-lottery' }
  // another line's page (or one the user's roles do not use) shows the no-access page at the same address,
  // never a half-working form the server would refuse anyway
  if (to.name === 'case') {
    const page = partyPage(to.params.no)
    if (page) return page
  }
  if (!mayOpen(to)) {
    return { name: 'not-found', params: { pathMatch: to.path.substring(1).split('/') }, query: to.query, hash: to.hash }
  }
  return true
})
