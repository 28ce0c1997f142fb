import { reactive } from 'vue'
import { api } from './api'
import { LINES } from './constants'

// Who is signed in (GET /api/me), loaded once per page load and after login:
// {username, displayName, roles: [{line, role, orgUnitCode, orgUnitName}], lines, readOnly, external}.
// A role is held for one business line (业务条线); line '*' is a line-less role (administrators, auditors).
export const session = reactive({ me: null, loaded: false, expired: false })

export { LINES }
/** Staff of the lottery line who work the waitlist pages (process owners revise its processes elsewhere). */
export const LOTTERY_STAFF = ['CLERK', 'REVIEWER', 'APPROVER', 'SUPERVISOR', 'ADMIN', 'AUDITOR']
/** How a line-less role names its line. */
export const ALL_LINES = '*'

// process keys start with their line's name (AidApplicationProcess → aid)
const PROCESS_PREFIXES = { Aid: 'aid', SocialOrg: 'socialorg', Charity: 'charity', Lottery: 'lottery', Cemetery: 'cemetery', Elderly: 'elderly' }

export async function loadMe() {
  try {
    session.me = await api.get('/api/me')
    session.expired = false
  } catch (e) {
    session.me = null
    // the browser's session ended (idle or absolute timeout, signed out from another device)
    session.expired = e.code === 'SESSION_EXPIRED'
  }
  session.loaded = true
  return session.me
}

/** Whether the user holds one of the roles, for any line (cross-line menus: inbox, audit, administration). */
export function hasRole(...roles) {
  return !!session.me?.roles?.some((r) => roles.includes(r.role))
}

/** Whether the role assignment holds for the line (a line-less one holds for every line). */
export function appliesTo(assignment, line) {
  return !assignment.line || assignment.line === ALL_LINES || assignment.line === line
}

/** Whether the user works in the line (GET /api/me's lines). */
export function hasLine(line) {
  return !!session.me?.lines?.includes(line)
}

/** The user's role assignments that hold for the line (none when they do not work in it). */
export function lineRoles(line) {
  if (!hasLine(line)) return []
  return (session.me?.roles || []).filter((r) => appliesTo(r, line))
}

/** Whether the user works in the line and holds one of the roles for it (any role when none are named). */
export function hasLineRole(line, ...roles) {
  return lineRoles(line).some((r) => !roles.length || roles.includes(r.role))
}

/** Whether the user only reads (an auditor): no write actions are offered. */
export function isReadOnly() {
  return !!session.me?.readOnly
}

/** The units the user holds the role at (for the line, when one is named). */
export function orgUnitsOf(role, line) {
  const roles = line ? lineRoles(line) : session.me?.roles || []
  return roles.filter((r) => r.role === role).map((r) => r.orgUnitCode)
}

/** How the keys of a line's processes begin (aid → Aid). */
export function processKeyPrefix(line) {
  return Object.keys(PROCESS_PREFIXES).find((prefix) => PROCESS_PREFIXES[prefix] === line) || null
}

/** The line a process belongs to, by its key (AidApplicationProcess → aid); null when unknown. */
export function lineOfProcess(processKey) {
  const prefix = Object.keys(PROCESS_PREFIXES).find((p) => processKey?.startsWith(p) && /[A-Z]/.test(processKey.charAt(p.length)))
  return prefix ? PROCESS_PREFIXES[prefix] : null
}
