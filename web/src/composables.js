import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { api } from './api'
import { session } from './session'
import { errorText } from './util'

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

/** Shows a failure's text as an error toast: the onError of steps whose page has no error alert. */
export const toastError = (text) => ElMessage.error(text)

/** An onError putting the failure into an OperationDialog's error ref, as { field, message }. */
export const dialogError = (target) => (text, e) => {
  target.value = { field: e.field, message: text }
}

// The bookkeeping every page repeats around a request: a pending flag while it runs, the error cleared before
// and set (errorText) on failure — or handed to onError(text, e) — and undefined answered on failure.
function pendingStep(t, fn, pending, error, { onError, clear = true, exclusive = false } = {}) {
  let running = 0
  return async (...args) => {
    if (exclusive && pending.value) return undefined
    running++
    pending.value = true
    if (clear) error.value = ''
    try {
      return await fn(...args)
    } catch (e) {
      const text = errorText(t, e)
      if (onError) onError(text, e)
      else error.value = text
      return undefined
    } finally {
      if (--running === 0) pending.value = false
    }
  }
}

/**
 * Loads data for a page: `run(...args)` sets `loading`, clears `error`, puts fn(...args)'s result in `data` and
 * answers it; a failure leaves its text in `error` (or goes to onError(text, e)) and answers undefined.
 * Options: immediate (run now), initial (data's first value), reset (data back to initial on failure),
 * error / loading (refs to share with the rest of the page, e.g. one error alert for several requests),
 * onError, clear (false keeps an earlier error while loading).
 * A fn that fills several refs itself may answer nothing; `data` then stays unused.
 * Also answered: `loaded` (false until the first answer, so a page shows its loading state, never a blank or a
 * premature "nothing here", before it) and `retry()` (runs again with the last arguments: the error alert's button).
 * With immediate, `loading` is set from the start. <PageState> shows the three states.
 */
export function useLoad(fn, options = {}) {
  const { t } = useI18n()
  const data = ref(options.initial ?? null)
  const loading = options.loading || ref(false)
  const error = options.error || ref('')
  const loaded = ref(false)
  let last = []
  const step = pendingStep(t, async (...args) => {
    last = args
    try {
      const result = await fn(...args)
      data.value = result
      loaded.value = true
      return result
    } catch (e) {
      if (options.reset) data.value = options.initial ?? null
      throw e
    }
  }, loading, error, options)
  const retry = () => step(...last)
  if (options.immediate) step()
  return { data, loading, loaded, error, run: step, retry }
}

/**
 * Runs a button's action: `run(fn, ...args)` answers fn(...args)'s result while `busy` is set, ignoring calls
 * while one runs (no double submission); the error is cleared before and set (errorText) on failure, or handed
 * to onError(text, e) (e.g. toastError, or a dialog's { field, message }); undefined is answered on failure.
 * Options: error / busy (refs to share), onError, clear (false keeps an earlier error), exclusive (false lets
 * calls overlap).
 */
export function useAction(options = {}) {
  const { t } = useI18n()
  const busy = options.busy || ref(false)
  const error = options.error || ref('')
  const step = pendingStep(t, (fn, ...args) => fn(...args), busy, error, { exclusive: true, ...options })
  return { busy, error, run: step }
}
