// Small helpers shared by the pages.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/**
 * GB 11643-1999 citizen ID number: 18 characters, valid birth date, ISO 7064 MOD 11-2 check digit.
 * Returns null when valid, else an i18n key describing the problem (for as-you-type feedback).
 */
export function idNumberProblem(value) {
  const v = (value || '').trim().toUpperCase()
  if (!v) return 'validation.idRequired'
  if (!/^\d{0,17}[\dX]?$/.test(v)) return 'validation.idCharacters'
  if (v.length < 18) return 'validation.idLength'
  const y = +v.substring(6, 10)
  const m = +v.substring(10, 12)
  const d = +v.substring(12, 14)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || date > new Date()) {
    return 'validation.idBirthDate'
  }
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (v.charCodeAt(i) - 48) * WEIGHTS[i]
  return CHECK[sum % 11] === v[17] ? null : 'validation.idCheckDigit'
}

// One date format everywhere, in every language and in the exports: 2026-12-06 15:30:00, Beijing time
// (the sv-SE locale writes ISO dates; the time zone is the bureau's, whatever the browser's).
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })
const DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })

// eslint-disable-next-line no-unused-vars
export function formatDateTime(value, locale) {
  if (!value) return ''
  const date = new Date(value)
  if (isNaN(date)) return String(value)
  return DATE_TIME.format(date).replace('T', ' ')
}

// eslint-disable-next-line no-unused-vars
export function formatDate(value, locale) {
  if (!value) return ''
  const date = new Date(value)
  if (isNaN(date)) return String(value)
  return DATE.format(date)
}

export function formatSize(bytes) {
  if (bytes == null) return ''
  if (bytes < 1024) return bytes + ' B'
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB'
  return (bytes / 1024 / 1024).toFixed(1) + ' MB'
}

/** Table row class for the SLA state: overdue red, near-due amber. */
export function slaRowClass({ row }) {
  if (row.slaState === 'OVERDUE') return 'row-overdue'
  if (row.slaState === 'DUE_SOON') return 'row-due-soon'
  return ''
}

/** Shows an API error: the message from the server (Chinese) or a translated fallback. */
export function errorText(t, error) {
  if (!error) return ''
  if (error.code === 'NETWORK') return t('errors.network')
  if (error.status === 403 && !error.message) return t('errors.forbidden')
  return error.message || t('errors.generic')
}

export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png']
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024

/** Checks the file's first bytes (magic numbers), not just its name. */
export async function sniffFileType(file) {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer())
  const hex = Array.from(head).map((b) => b.toString(16).padStart(2, '0')).join('')
  if (hex.startsWith('25504446')) return 'application/pdf'
  if (hex.startsWith('ffd8ff')) return 'image/jpeg'
  if (hex.startsWith('89504e470d0a1a0a')) return 'image/png'
  return null
}
