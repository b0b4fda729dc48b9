import * as v from 'valibot'
import { create } from 'zustand'
import type { LevelCode } from '@/domain/levels'
import { refusalMessage, type RightRefusalCode } from '@/domain/rights'
import { createSnapshotLoader, EMPTY_SNAPSHOT_STATE, type CachedSnapshotState } from '@/services/cached-snapshot'
import { ApiError, describeError } from '@/services/errors'
import { onMemberDataInvalidated } from '@/services/mock-session'
import { LevelCodeSchema } from '@/services/schemas/common'
import { RightSchema, type RightDto } from '@/services/schemas/rights'
import { fetchMyLevel, fetchRights, postClaim } from './api'

export interface RightsSnapshot {
  levelCode: LevelCode
  rights: RightDto[]
  fetchedAt: number
}

export type ClaimOutcome = { ok: true; right: RightDto; coupon?: { id: string; title: string } } | { ok: false; code?: string; message: string }

export interface RightsState extends CachedSnapshotState<RightsSnapshot> {
  /** Right id → the claim in flight, so a button cannot be pressed twice. */
  claiming: Record<string, boolean>
  load: () => Promise<void>
  claim: (id: string) => Promise<ClaimOutcome>
  reset: () => void
}

const CACHE_VERSION = 1
const SnapshotSchema = v.object({ levelCode: LevelCodeSchema, rights: v.array(RightSchema), fetchedAt: v.number() })
const isSnapshot = (data: unknown): data is RightsSnapshot => v.is(SnapshotSchema, data)
const REFUSALS: readonly string[] = ['LEVEL_TOO_LOW', 'QUOTA_USED', 'SOLD_OUT', 'NOT_CLAIMABLE']

export interface RightsDeps {
  fetchAll: () => Promise<Omit<RightsSnapshot, 'fetchedAt'>>
  claim: (id: string) => Promise<{ right: RightDto; coupon?: { id: string; title: string } }>
  now: () => number
}

const defaultDeps: RightsDeps = {
  fetchAll: async () => {
    const [levelCode, rights] = await Promise.all([fetchMyLevel(), fetchRights()])
    return { levelCode, rights }
  },
  claim: postClaim,
  now: () => Date.now(),
}

/** The refusal in words: the backend's sentence, else the domain's for that code. */
export function claimRefusalText(e: unknown, right?: RightDto): string {
  if (e instanceof ApiError && e.code && REFUSALS.includes(e.code)) {
    return e.message || refusalMessage(e.code as RightRefusalCode, right)
  }
  return describeError(e)
}

export function createRightsStore(deps: RightsDeps = defaultDeps) {
  return create<RightsState>()((set, get) => {
    const loader = createSnapshotLoader<RightsSnapshot>({
      set,
      get,
      fetch: deps.fetchAll,
      cacheName: 'rights',
      cacheVersion: CACHE_VERSION,
      isValid: isSnapshot,
      now: deps.now,
    })
    return {
      ...EMPTY_SNAPSHOT_STATE,
      claiming: {},
      load: loader.load,

      claim: async (id) => {
        if (get().claiming[id]) return { ok: false, message: '正在领取，请稍候' }
        const mine = loader.token()
        set((s) => ({ claiming: { ...s.claiming, [id]: true } }))
        const before = get().snapshot?.rights.find((r) => r.id === id)
        try {
          const { right, coupon } = await deps.claim(id)
          if (mine === loader.token()) {
            set((s) => ({
              snapshot: s.snapshot && { ...s.snapshot, rights: s.snapshot.rights.map((r) => (r.id === id ? right : r)) },
            }))
          }
          return coupon ? { ok: true, right, coupon } : { ok: true, right }
        } catch (e) {
          // A refusal means the list on screen is out of date (stock, quota): refresh it quietly.
          if (e instanceof ApiError && e.code && REFUSALS.includes(e.code)) void get().load()
          return { ok: false, code: e instanceof ApiError ? e.code : undefined, message: claimRefusalText(e, before) }
        } finally {
          if (mine === loader.token()) set((s) => ({ claiming: { ...s.claiming, [id]: false } }))
        }
      },

      reset: () => {
        loader.invalidate()
        set({ ...EMPTY_SNAPSHOT_STATE, claiming: {} })
      },
    }
  })
}

export const useRightsStore = createRightsStore()
onMemberDataInvalidated(() => useRightsStore.getState().reset())
