// The JSON API client: same-origin session cookie, CSRF token from the XSRF-TOKEN cookie echoed as
// X-XSRF-TOKEN, errors as ApiError carrying the ProblemDetail's stable code and field.
import { i18n } from './i18n.js'

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || String(status))
    this.status = status
    this.code = problem?.code || (status === 0 ? 'NETWORK' : 'HTTP_' + status)
    this.field = problem?.field || null
    this.errors = problem?.errors || []
    this.problem = problem
  }
}

let onUnauthorized = () => {}
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler
}

export function csrfToken() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : ''
}

function query(params) {
  if (!params) return ''
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.append(key, value)
  }
  const text = search.toString()
  return text ? '?' + text : ''
}

async function request(method, path, { params, body, form, raw } = {}) {
  // the server answers (ProblemDetail texts, case labels) in the workbench's current language
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'Accept-Language': i18n.global.locale.value === 'en' ? 'en' : 'zh-CN' }
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken()
  let payload
  if (form) payload = form
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  let response
  try {
    response = await fetch(path + query(params), { method, headers, body: payload, credentials: 'same-origin' })
  } catch (e) {
    throw new ApiError(0, null)
  }
  if (!response.ok) {
    let problem = null
    try {
      problem = await response.json()
    } catch (e) {
      problem = null
    }
    // /api/me answers 401 to anyone not signed in, also on the public pages: the router decides where they go
    if (response.status === 401 && path !== '/login' && path !== '/api/me') onUnauthorized(problem?.code)
    throw new ApiError(response.status, problem)
  }
  if (raw) return response
  if (response.status === 204) return null
  const text = await response.text()
  return text ? JSON.parse(text) : null
}

export const api = {
  get: (path, params) => request('GET', path, { params }),
  post: (path, body) => request('POST', path, { body: body ?? {} }),
  put: (path, body) => request('PUT', path, { body: body ?? {} }),
  upload: (path, file) => {
    const form = new FormData()
    form.append('file', file)
    return request('POST', path, { form })
  },
  raw: (path, params) => request('GET', path, { params, raw: true })
}

/** Signs in through Spring Security's form-login endpoint; resolves to {redirect} or throws ApiError. */
export async function login(username, password) {
  if (!csrfToken()) {
    try {
      await fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    } catch (e) {
      /* the cookie may still have been set */
    }
  }
  const form = new URLSearchParams({ username, password, _csrf: csrfToken() })
  let response
  try {
    response = await fetch('/login', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'X-Requested-With': 'XMLHttpRequest',
        'X-XSRF-TOKEN': csrfToken(),
        'Content-Type': 'application/x-www-form-urlencoded'
      },
      body: form,
      credentials: 'same-origin'
    })
  } catch (e) {
    throw new ApiError(0, null)
  }
  let body = null
  try {
    body = await response.json()
  } catch (e) {
    body = null
  }
  if (!response.ok) throw new ApiError(response.status, body)
  return body || {}
}

export async function logout() {
  try {
    await fetch('/logout', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, credentials: 'same-origin' })
  } catch (e) {
    /* signed out locally anyway */
  }
}
