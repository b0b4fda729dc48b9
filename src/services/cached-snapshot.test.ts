import { create } from 'zustand'
import { createSnapshotLoader, EMPTY_SNAPSHOT_STATE, type CachedSnapshotState } from './cached-snapshot'
import { ApiError } from './errors'
import { resetTaroStub } from '../../test/stubs/taro'

interface Snap {
  value: string
  fetchedAt: number
}
const isSnap = (d: unknown): d is Snap => typeof (d as Snap)?.value === 'string' && typeof (d as Snap)?.fetchedAt === 'number'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

function makeStore(fetch: () => Promise<{ value: string }>) {
  let loader!: ReturnType<typeof createSnapshotLoader<Snap>>
  const store = create<CachedSnapshotState<Snap>>()((set, get) => {
    loader = createSnapshotLoader<Snap>({ set, get, fetch, cacheName: 'k', cacheVersion: 1, isValid: isSnap, now: () => 1000 })
    return { ...EMPTY_SNAPSHOT_STATE }
  })
  return { store, loader }
}

afterEach(() => resetTaroStub())

test('two loads at once share one request', async () => {
  const fetch = jest.fn(async () => ({ value: 'a' }))
  const { store, loader } = makeStore(fetch)
  await Promise.all([loader.load(), loader.load()])
  expect(fetch).toHaveBeenCalledTimes(1)
  expect(store.getState().snapshot).toEqual({ value: 'a', fetchedAt: 1000 })
})

test('an answer that arrives after a reset is dropped, and a new load is not blocked by it', async () => {
  const slow = deferred<{ value: string }>()
  const fetch = jest.fn().mockReturnValueOnce(slow.promise).mockResolvedValueOnce({ value: 'fresh' })
  const { store, loader } = makeStore(fetch)
  const first = loader.load()
  loader.invalidate()
  store.setState({ ...EMPTY_SNAPSHOT_STATE })
  await loader.load()
  slow.resolve({ value: 'old persona' })
  await first
  expect(store.getState().snapshot?.value).toBe('fresh')
  expect(store.getState().refreshing).toBe(false)
})

test('saved data shows at once as stale; a failure keeps it with the error', async () => {
  const ok = makeStore(async () => ({ value: 'saved' }))
  await ok.loader.load()

  const { store, loader } = makeStore(() => Promise.reject(new ApiError('network', 'offline')))
  const pending = loader.load()
  expect(store.getState()).toMatchObject({ snapshot: { value: 'saved' }, stale: true, status: 'ready', refreshing: true })
  await pending
  expect(store.getState()).toMatchObject({ snapshot: { value: 'saved' }, stale: true, status: 'ready', refreshing: false })
  expect(store.getState().error?.kind).toBe('network')
})

test('with nothing saved a failure is an error state', async () => {
  const { store, loader } = makeStore(() => Promise.reject(new Error('boom')))
  await loader.load()
  expect(store.getState()).toMatchObject({ snapshot: null, status: 'error' })
  expect(store.getState().error).toBeInstanceOf(ApiError)
})
