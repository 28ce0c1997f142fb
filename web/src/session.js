import { reactive } from 'vue'
import { api } from './api'

// Who is signed in (GET /api/me), loaded once per page load and after login.
export const session = reactive({ me: null, loaded: false })

export async function loadMe() {
  try {
    session.me = await api.get('/api/me')
  } catch (e) {
    session.me = null
  }
  session.loaded = true
  return session.me
}

export function hasRole(...roles) {
  return !!session.me?.roles?.some((r) => roles.includes(r.role))
}

export function orgUnitsOf(role) {
  return (session.me?.roles || []).filter((r) => r.role === role).map((r) => r.orgUnitCode)
}
