import { ApiError } from './errors'
import { readMember, writeMember } from './member-storage'

/** The loading half of a store that shows the last good data while it refreshes. */
export interface CachedSnapshotState<T> {
  snapshot: T | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** What is on screen did not come from the last request (cache, or a failed refresh). */
  stale: boolean
  refreshing: boolean
  error: ApiError | null
}

export const EMPTY_SNAPSHOT_STATE = {
  snapshot: null,
  status: 'idle',
  stale: false,
  refreshing: false,
  error: null,
} as const satisfies CachedSnapshotState<never>

type Setter<T> = (partial: Partial<CachedSnapshotState<T>> | ((s: CachedSnapshotState<T>) => Partial<CachedSnapshotState<T>>)) => void

interface Options<T> {
  set: Setter<T>
  get: () => CachedSnapshotState<T>
  fetch: () => Promise<Omit<T, 'fetchedAt'>>
  /** The member-storage name the last good answer is kept under (per member by construction). */
  cacheName: string
  cacheVersion: number
  isValid: (data: unknown) => data is T
  now: () => number
}

/**
 * Cache first, then network: saved data appears at once (marked stale), fresh data replaces it,
 * and a failure keeps what is on screen with the error beside it. Concurrent loads share one
 * request; answers that arrive after a reset (e.g. a persona switch) are dropped.
 */
export function createSnapshotLoader<T extends { fetchedAt: number }>(opts: Options<T>) {
  let inFlight: Promise<void> | null = null
  let generation = 0

  const load = (): Promise<void> => {
    if (inFlight) return inFlight
    if (!opts.get().snapshot) {
      const cached = readMember(opts.cacheName, opts.cacheVersion, opts.isValid)
      if (cached) opts.set({ snapshot: cached, stale: true, status: 'ready' })
    }
    // Taken after the cached read: that read may find another member's data and reset the store on
    // the spot; the request below is already the current member's, so its answer must count.
    const mine = generation
    opts.set({ refreshing: true, status: opts.get().snapshot ? 'ready' : 'loading' })
    inFlight = opts
      .fetch()
      .then((data) => {
        if (mine !== generation) return
        const snapshot = { ...data, fetchedAt: opts.now() } as T
        writeMember(opts.cacheName, opts.cacheVersion, snapshot)
        opts.set({ snapshot, status: 'ready', stale: false, error: null })
      })
      .catch((e: unknown) => {
        if (mine !== generation) return
        const error = e instanceof ApiError ? e : new ApiError('network', String(e))
        opts.set((s) => ({ error, status: s.snapshot ? 'ready' : 'error', stale: Boolean(s.snapshot) }))
      })
      .finally(() => {
        if (mine !== generation) return
        inFlight = null
        opts.set({ refreshing: false })
      })
    return inFlight
  }

  return {
    load,
    /** Forget the in-flight request; the caller clears its own state. */
    invalidate: () => {
      generation += 1
      inFlight = null
    },
    /** A token to check later whether a reset happened in between. */
    token: () => generation,
  }
}
