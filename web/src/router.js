import { createRouter, createWebHistory } from 'vue-router'
import { session, loadMe, hasRole } from './session'

const routes = [
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
  { path: '/', redirect: '/inbox' },
  { path: '/inbox', name: 'inbox', component: () => import('./views/InboxView.vue') },
  { path: '/applications/new', name: 'new-application', component: () => import('./views/NewApplicationView.vue'), meta: { roles: ['CLERK'] } },
  { path: '/tasks/:id', name: 'task', component: () => import('./views/TaskView.vue'), props: true },
  { path: '/cases/:no', name: 'case', component: () => import('./views/CaseView.vue'), props: true },
  { path: '/cases/:no/print', name: 'case-print', component: () => import('./views/CasePrintView.vue'), props: true },
  { path: '/dashboard', name: 'dashboard', component: () => import('./views/DashboardView.vue'), meta: { roles: ['SUPERVISOR'] } },
  { path: '/audit', name: 'audit', component: () => import('./views/AuditView.vue'), meta: { roles: ['AUDITOR', 'SUPERVISOR', 'ADMIN'] } },
  { path: '/socialorg', redirect: '/socialorg/credit' },
  { path: '/socialorg/registrations/new', name: 'socialorg-register', component: () => import('./views/socialorg/SocialOrgRegistrationView.vue'), meta: { roles: ['CLERK'] } },
  { path: '/socialorg/registrations/:no', name: 'socialorg-registration', component: () => import('./views/socialorg/SocialOrgRegistrationCaseView.vue'), props: true },
  { path: '/socialorg/credit', name: 'socialorg-credit', component: () => import('./views/socialorg/SocialOrgCreditView.vue') },
  { path: '/socialorg/annual', name: 'socialorg-annual', component: () => import('./views/socialorg/SocialOrgAnnualView.vue') },
  { path: '/socialorg/spot-checks', name: 'socialorg-spot-checks', component: () => import('./views/socialorg/SocialOrgSpotCheckView.vue') },
  { path: '/process-admin', name: 'process-admin', component: () => import('./views/ProcessAdminView.vue'), meta: { roles: ['PROCESS_OWNER'] } },
  { path: '/process-admin/model/:definitionId', name: 'process-modeler', component: () => import('./views/ProcessModelerView.vue'), props: true, meta: { roles: ['PROCESS_OWNER'] } },
  { path: '/process-admin/changes/:id', name: 'process-change', component: () => import('./views/ProcessChangeView.vue'), props: true, meta: { roles: ['PROCESS_OWNER'] } },
  { path: '/process-admin/migrations', name: 'process-migration', component: () => import('./views/ProcessMigrationView.vue'), meta: { roles: ['PROCESS_OWNER'] } },
  { path: '/admin', name: 'admin', component: () => import('./views/AdminView.vue'), meta: { roles: ['ADMIN'] } },
  { path: '/public/lottery', name: 'public-lottery-areas', component: () => import('./views/PublicQueueView.vue'), meta: { public: true } },
  { path: '/public/lottery/:area', name: 'public-lottery', component: () => import('./views/PublicQueueView.vue'), props: true, meta: { public: true } },
  { path: '/lottery/areas', name: 'lottery-areas', component: () => import('./views/LotteryAreasView.vue'), meta: { roles: ['CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'ADMIN', 'AUDITOR'] } },
  { path: '/lottery/areas/:area', name: 'lottery-area', component: () => import('./views/LotteryAreasView.vue'), props: true, meta: { roles: ['CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'ADMIN', 'AUDITOR'] } },
  { path: '/lottery/my', name: 'my-lottery', component: () => import('./views/MyLotteryView.vue'), meta: { roles: ['PARTY'] } },
  // cemetery cases listed in the inbox and elsewhere open on the cemetery pages
  {
    path: '/cases/:no(CEM-.*)',
    redirect: (to) => (/^CEM-\d{6}-\d{4}$/.test(to.params.no) ? '/cemetery/campaigns/' : '/cemetery/inspections/') + to.params.no
  },
  // charity cases listed in the inbox open on the charity pages
  { path: '/cases/:no(CH-.*|CT-.*|CTF-.*)', redirect: (to) => '/charity/cases/' + to.params.no },
  { path: '/charity', name: 'charity', component: () => import('./views/charity/CharityView.vue') },
  { path: '/charity/trusts/new', name: 'charity-trust-new', component: () => import('./views/charity/CharityTrustNewView.vue'), meta: { roles: ['PARTY'] } },
  { path: '/charity/trusts/:no', name: 'charity-trust', component: () => import('./views/charity/CharityTrustView.vue'), props: true },
  { path: '/charity/cases/:no', name: 'charity-case', component: () => import('./views/charity/CharityCaseView.vue'), props: true },
  { path: '/public/charity', name: 'public-charity', component: () => import('./views/charity/PublicCharityRecordsView.vue'), meta: { public: true } },
  { path: '/cemetery', name: 'cemetery', component: () => import('./views/CemeteryView.vue') },
  { path: '/cemetery/checklists', name: 'cemetery-checklists', component: () => import('./views/CemeteryChecklistView.vue') },
  { path: '/cemetery/campaigns/:no', name: 'cemetery-campaign', component: () => import('./views/CemeteryCampaignView.vue'), props: true },
  { path: '/cemetery/inspections/:no', name: 'cemetery-inspection', component: () => import('./views/CemeteryInspectionView.vue'), props: true },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') }
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  if (!session.loaded) await loadMe()
  if (to.meta.public) return true
  if (!session.me) return { name: 'login', query: { redirect: to.fullPath } }
  // an outlet applicant (PARTY at a lottery applicant unit) has no inbox: their page is their applications
  // (other external parties, e.g. a social organisation's supervisory unit, work from the inbox)
  if (to.name === 'inbox' && hasRole('PARTY') && session.me.roles.every((r) => r.role === 'PARTY' && r.orgUnitCode?.startsWith('LT-AP-'))) return { name: 'my-lottery' }
  if (to.meta.roles && !hasRole(...to.meta.roles)) return { name: 'inbox' }
  return true
})
