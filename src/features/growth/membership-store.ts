import * as v from 'valibot'
import { create } from 'zustand'
import { createSnapshotLoader, EMPTY_SNAPSHOT_STATE, type CachedSnapshotState } from '@/services/cached-snapshot'
import { getPersona, onMemberDataInvalidated } from '@/services/mock-session'
import { GrowthSchema, LevelSchema, MemberSchema, type Growth, type LevelDto, type Member } from '@/services/schemas/growth'
import { fetchGrowth, fetchLevels, fetchMe } from './api'

export interface MembershipSnapshot {
  member: Member
  growth: Growth
  levels: LevelDto[]
  fetchedAt: number
}

export interface MembershipState extends CachedSnapshotState<MembershipSnapshot> {
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
  return create<MembershipState>()((set, get) => {
    const loader = createSnapshotLoader<MembershipSnapshot>({
      set,
      get,
      fetch: deps.fetchAll,
      cacheKey: deps.cacheKey,
      cacheVersion: CACHE_VERSION,
      isValid: isSnapshot,
      now: deps.now,
    })
    return {
      ...EMPTY_SNAPSHOT_STATE,
      load: loader.load,
      reset: () => {
        loader.invalidate()
        set({ ...EMPTY_SNAPSHOT_STATE })
      },
    }
  })
}

export const useMembershipStore = createMembershipStore()
onMemberDataInvalidated(() => useMembershipStore.getState().reset())
