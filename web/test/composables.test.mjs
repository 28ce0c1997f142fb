// useLoad / useAction (src/composables.js): the load/busy/error bookkeeping the pages share.
import { register } from 'node:module'
import { test } from 'node:test'
import assert from 'node:assert/strict'

register('./support/stub-hooks.mjs', import.meta.url)
const { useLoad, useAction, dialogError, toastError } = await import('../src/composables.js')
const { ApiError } = await import('../src/api.js')

const failure = (detail, field) => new ApiError(400, { detail, code: 'X', field })
const deferred = () => {
  let resolve
  const promise = new Promise((r) => (resolve = r))
  return { promise, resolve }
}

test('useLoad puts the result in data, with loading set while it runs', async () => {
  const gate = deferred()
  const { data, loading, error, run } = useLoad(async (n) => {
    await gate.promise
    return n * 2
  })
  assert.equal(data.value, null)
  const running = run(21)
  assert.equal(loading.value, true)
  gate.resolve()
  assert.equal(await running, 42)
  assert.equal(data.value, 42)
  assert.equal(loading.value, false)
  assert.equal(error.value, '')
})

test('useLoad failure: the error text, data kept (or reset), undefined answered', async () => {
  let fail = false
  const kept = useLoad(async () => {
    if (fail) throw failure('bad request')
    return [1]
  }, { initial: [] })
  await kept.run()
  fail = true
  assert.equal(await kept.run(), undefined)
  assert.deepEqual(kept.data.value, [1])
  assert.equal(kept.error.value, 'bad request')
  assert.equal(kept.loading.value, false)
  fail = false
  await kept.run()
  assert.equal(kept.error.value, '', 'the next run clears the error')

  const reset = useLoad(async () => {
    throw failure('gone')
  }, { initial: [], reset: true })
  reset.data.value = [9]
  await reset.run()
  assert.deepEqual(reset.data.value, [])
})

test('useLoad network failure shows the network text (errorText)', async () => {
  const { error, run } = useLoad(async () => {
    throw new ApiError(0, null)
  })
  await run()
  assert.equal(error.value, 'errors.network')
})

test('useLoad shares an error ref; clear: false keeps an earlier error; immediate runs at once', async () => {
  const first = useLoad(async () => {
    throw failure('first failed')
  })
  await first.run()
  const second = useLoad(async () => 'ok', { error: first.error, clear: false, immediate: true })
  assert.equal(second.loading.value, true)
  await new Promise((r) => setTimeout(r))
  assert.equal(second.data.value, 'ok')
  assert.equal(first.error.value, 'first failed')
  assert.equal(second.error, first.error)
})

test('useAction runs one action at a time: a second call while busy is ignored', async () => {
  const gate = deferred()
  let calls = 0
  const { busy, run } = useAction()
  const action = async () => {
    calls++
    await gate.promise
    return 'done'
  }
  const first = run(action)
  assert.equal(busy.value, true)
  assert.equal(await run(action), undefined)
  gate.resolve()
  assert.equal(await first, 'done')
  assert.equal(calls, 1)
  assert.equal(busy.value, false)
  assert.equal(await run(action), 'done')
  assert.equal(calls, 2)
})

test('useAction failures: error text, onError handlers, busy cleared', async () => {
  const plain = useAction()
  await plain.run(async () => {
    throw failure('refused')
  })
  assert.equal(plain.error.value, 'refused')
  assert.equal(plain.busy.value, false)

  const opError = { value: null }
  const dialog = useAction({ onError: dialogError(opError) })
  await dialog.run(async () => {
    throw failure('reason missing', 'reason')
  })
  assert.deepEqual(opError.value, { field: 'reason', message: 'reason missing' })
  assert.equal(dialog.error.value, '')

  globalThis.toasts = []
  const toast = useAction({ onError: toastError })
  await toast.run(async () => {
    throw failure('not allowed')
  })
  assert.deepEqual(globalThis.toasts, ['not allowed'])
})

test('useAction shares busy between actions; exclusive: false lets calls overlap', async () => {
  const gate = deferred()
  const first = useAction()
  const second = useAction({ busy: first.busy })
  const running = first.run(() => gate.promise)
  assert.equal(await second.run(async () => 'second'), undefined, 'the shared busy flag blocks the other action')
  gate.resolve()
  await running

  const overlapping = useAction({ exclusive: false })
  const slow = deferred()
  const a = overlapping.run(() => slow.promise)
  assert.equal(await overlapping.run(async () => 'b'), 'b')
  assert.equal(overlapping.busy.value, true, 'busy until the last call ends')
  slow.resolve('a')
  assert.equal(await a, 'a')
  assert.equal(overlapping.busy.value, false)
})

test('useLoad onError writing a shared error ref: a 404/403 says its own text (the case page), others the server text', async () => {
  const error = { value: 'earlier' }
  let status = 404
  const { data, run } = useLoad(async () => {
    throw new ApiError(status, { detail: 'server says no', code: 'X' })
  }, { error, reset: true, onError: (text, e) => (error.value = e.status === 404 || e.status === 403 ? 'case.notVisible' : text) })
  data.value = { summary: {} }
  await run()
  assert.equal(error.value, 'case.notVisible')
  assert.equal(data.value, null, 'reset: the page shows no case')
  status = 403
  await run()
  assert.equal(error.value, 'case.notVisible')
  status = 400
  await run()
  assert.equal(error.value, 'server says no')
})

test('useLoad: loaded only after the first answer; retry runs again with the last arguments', async () => {
  let fail = true
  const calls = []
  const { data, loaded, error, run, retry } = useLoad(async (n) => {
    calls.push(n)
    if (fail) throw failure('down')
    return n + 1
  })
  assert.equal(loaded.value, false)
  await run(7)
  assert.equal(loaded.value, false)
  assert.equal(error.value, 'down')
  fail = false
  assert.equal(await retry(), 8)
  assert.deepEqual(calls, [7, 7])
  assert.equal(loaded.value, true)
  assert.equal(error.value, '')
  assert.equal(data.value, 8)
})
