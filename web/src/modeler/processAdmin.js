// Small helpers shared by the process owners' pages.
import { api } from '../api'

export const PA = '/api/process-admin'

/** The console's process list (GET /api/process-admin/processes). */
export function loadProcesses() {
  return api.get(PA + '/processes')
}

/** Every form id some deployed version uses: the forms the modeler knows to exist. */
export function formsIn(processes) {
  const forms = new Set()
  for (const p of processes || []) for (const v of p.versions || []) (v.forms || []).forEach((f) => forms.add(f))
  return [...forms].sort()
}

/** The version entry of a definition id, with its process. */
export function findVersion(processes, definitionId) {
  for (const p of processes || []) {
    const entry = (p.versions || []).find((v) => v.version.definitionId === definitionId)
    if (entry) return { process: p, entry }
  }
  return null
}

/** A district's code: six digits, not the city's (ending in 00). */
export function isDistrictCode(code) {
  return /^\d{6}$/.test(code || '') && !/00$/.test(code)
}
