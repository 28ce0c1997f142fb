// Codes the pages offer as choices; their labels come from the i18n catalogues.
export const PROCESSES = ['AidApplicationProcess']
export const TASK_KEYS = [
  'Task_AcceptanceCheck',
  'Task_HandOver',
  'Task_HomeInvestigation',
  'Task_SelfCareAssessment',
  'Task_ConflictRegistration',
  'Task_StreetReview',
  'Task_ApproverHomeVisit',
  'Task_Approval',
  'Task_RejectionNotice'
]
export const DUE_STATES = ['ON_TIME', 'DUE_SOON', 'OVERDUE']
// where a case of any chain stands (the case search's filter)
export const CASE_OUTCOMES = ['OPEN', 'APPROVED', 'REJECTED', 'NOT_ACCEPTED', 'WITHDRAWN', 'CLOSED']
export const STATUSES = ['SUBMITTED', 'AWAITING_SUPPLEMENT', 'IN_PROGRESS', 'IN_NOTICE', 'APPROVED', 'REJECTED', 'NOT_ACCEPTED', 'WITHDRAWN']
export const RELATIONS = ['APPLICANT', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDPARENT', 'GRANDCHILD', 'OTHER']
export const HUKOU = ['SHENZHEN_HUKOU', 'NON_HUKOU_MEMBER', 'NON_HUKOU_RESIDENT']
export const BENEFITS = ['DIBAO', 'TEKUN']
export const ROLES = ['CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'PROCESS_OWNER', 'AUDITOR', 'ADMIN', 'PARTY']
// the business lines (业务条线), in the order the pages list them: aid 社会救助, socialorg 社会组织管理, charity 慈善,
// lottery 福彩, cemetery 殡葬, elderly 养老服务
export const LINES = ['aid', 'socialorg', 'charity', 'lottery', 'cemetery', 'elderly']
