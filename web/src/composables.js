import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { api } from './api'
import { session } from './session'

/** Label of a code from a catalogue group, falling back to the code itself (or a server-given name). */
export function useLabels() {
  const { t, te } = useI18n()
  return (group, code, fallback) => {
    if (code === null || code === undefined || code === '') return fallback || ''
    const key = group + '.' + code
    return te(key) ? t(key) : fallback || code
  }
}

/** Org units in the user's scope (GET /api/org/units), falling back to the units of the user's roles. */
export function useOrgUnits() {
  const units = ref([])
  const load = async () => {
    try {
      units.value = (await api.get('/api/org/units')) || []
    } catch (e) {
      const seen = new Map()
      ;(session.me?.roles || []).forEach((r) => seen.set(r.orgUnitCode, { code: r.orgUnitCode, name: r.orgUnitName }))
      units.value = [...seen.values()]
    }
  }
  load()
  return units
}

/** Users in scope to hand work to (GET /api/org/users). */
export async function loadUsers(params) {
  try {
    return (await api.get('/api/org/users', params)) || []
  } catch (e) {
    return []
  }
}
