import { getSharedBackend } from './shared-backend'

/** Where a runtime keeps the fake backend between reloads: localStorage on H5, wx storage in the weapp. */
export interface SnapshotStore {
  load(): unknown
  save(snapshot: unknown): void
}

let store: SnapshotStore | null = null

/**
 * Testers move the clock, post events and claim coupons, then reload: the fake backend must
 * remember, as a real one would. A snapshot that cannot be read (corrupt, older version) is
 * dropped and the personas start fresh.
 */
export function persistSharedBackend(snapshotStore: SnapshotStore): void {
  store = snapshotStore
  try {
    const saved = snapshotStore.load()
    if (saved !== null && saved !== undefined && saved !== '') getSharedBackend().restore(saved)
  } catch {
    /* unreadable: start from the seeds */
  }
}

/** Adapters call this after a request that may have changed state. */
export function saveSharedBackend(method: string): void {
  if (!store || method.toUpperCase() === 'GET') return
  try {
    store.save(getSharedBackend().serialize())
  } catch {
    // Storage full: the backend still works for this session.
  }
}
