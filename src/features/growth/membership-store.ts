import * as v from 'valibot'
import { create } from 'zustand'
import { ApiError } from '@/services/errors'
import { getPersona } from '@/services/mock-session'
import { GrowthSchema, LevelSchema, MemberSchema, type Growth, type LevelDto, type Member } from '@/services/schemas/growth'
import { readStored, writeStored } from '@/services/storage'
import { fetchGrowth, fetchLevels, fetchMe } from './api'

export interface MembershipSnapshot {
  member: Member
  growth: Growth
  levels: LevelDto[]
  fetchedAt: number
}

export interface MembershipState {
  snapshot: MembershipSnapshot | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** The snapshot on screen did not come from the last request (cache, or a failed refresh). */
  stale: boolean
  refreshing: boolean
  error: ApiError | null
  load: () => Promise<void>
  reset: () => void
}

const CACHE_VERSION = 1
const SnapshotSchema = v.object({
  member: MemberSchema,
  growth: GrowthSchema,
  levels: v.array(LevelSchema),
  fetchedAt: v.number(),
})
const isSnapshot = (data: unknown): data is MembershipSnapshot => v.is(SnapshotSchema, data)

export interface MembershipDeps {
  fetchAll: () => Promise<Omit<MembershipSnapshot, 'fetchedAt'>>
  cacheKey: () => string
  now: () => number
}

const defaultDeps: MembershipDeps = {
  fetchAll: async () => {
    const [member, growth, levels] = await Promise.all([fetchMe(), fetchGrowth(), fetchLevels()])
    return { member, growth, levels }
  },
  cacheKey: () => `membership:${getPersona() ?? 'default'}`,
  now: () => Date.now(),
}

/** A factory so each test, and each persona switch, starts from a clean store. */
export function createMembershipStore(deps: MembershipDeps = defaultDeps) {
  let inFlight: Promise<void> | null = null
  let generation = 0

  return create<MembershipState>()((set, get) => ({
    snapshot: null,
    status: 'idle',
    stale: false,
    refreshing: false,
    error: null,

    load: () => {
      if (inFlight) return inFlight
      const myGeneration = generation
      if (!get().snapshot) {
        const cached = readStored(deps.cacheKey(), CACHE_VERSION, isSnapshot)
        if (cached) set({ snapshot: cached, stale: true, status: 'ready' })
      }
      set({ refreshing: true, status: get().snapshot ? 'ready' : 'loading' })

      inFlight = deps
        .fetchAll()
        .then((data) => {
          if (myGeneration !== generation) return
          const snapshot = { ...data, fetchedAt: deps.now() }
          writeStored(deps.cacheKey(), CACHE_VERSION, snapshot)
          set({ snapshot, status: 'ready', stale: false, error: null })
        })
        .catch((e: unknown) => {
          if (myGeneration !== generation) return
          const error = e instanceof ApiError ? e : new ApiError('network', String(e))
          set((s) => ({ error, status: s.snapshot ? 'ready' : 'error', stale: Boolean(s.snapshot) }))
        })
        .finally(() => {
          inFlight = null
          if (myGeneration === generation) set({ refreshing: false })
        })
      return inFlight
    },

    reset: () => {
      generation += 1
      inFlight = null
      set({ snapshot: null, status: 'idle', stale: false, refreshing: false, error: null })
    },
  }))
}

export const useMembershipStore = createMembershipStore()
