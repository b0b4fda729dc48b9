import * as v from 'valibot'
import { create } from 'zustand'
import { EMPTY_SNAPSHOT_STATE, type CachedSnapshotState } from '@/services/cached-snapshot'
import { ApiError } from '@/services/errors'
import { readMember, writeMember } from '@/services/member-storage'
import { onMemberDataInvalidated } from '@/services/mock-session'
import { GrowthSchema, LevelSchema, MemberSchema, type Growth, type LevelDto, type Member } from '@/services/schemas/growth'
import { fetchGrowth, fetchLevels, fetchMe } from './api'

/** The three answers a membership screen is built from; each may be missing on its own. */
export interface MembershipParts {
  member: Member | null
  growth: Growth | null
  levels: LevelDto[] | null
}
export type MembershipPart = keyof MembershipParts
export const MEMBERSHIP_PARTS: readonly MembershipPart[] = ['member', 'growth', 'levels']

export interface MembershipSnapshot extends MembershipParts {
  fetchedAt: number
}

export interface MembershipState extends CachedSnapshotState<MembershipSnapshot> {
  /** Parts whose last request failed (what is on screen for them, if anything, is older). */
  failed: Partial<Record<MembershipPart, ApiError>>
  /** Parts being fetched again on their own retry. */
  retrying: Partial<Record<MembershipPart, boolean>>
  load: () => Promise<void>
  /** Fetches one failed part again without touching the others. */
  retry: (part: MembershipPart) => Promise<void>
  /**
   * A change the member just made, from its own answer (a check-in's new growth): shown at once,
   * and never undone by a load that was already on its way when it landed.
   */
  applyChange: (parts: Partial<{ [K in MembershipPart]: NonNullable<MembershipParts[K]> }>) => void
  reset: () => void
}

const CACHE_NAME = 'membership'
const CACHE_VERSION = 2
const SnapshotSchema = v.object({
  member: v.nullable(MemberSchema),
  growth: v.nullable(GrowthSchema),
  levels: v.nullable(v.array(LevelSchema)),
  fetchedAt: v.number(),
})
const isSnapshot = (data: unknown): data is MembershipSnapshot => v.is(SnapshotSchema, data)

export interface MembershipDeps {
  fetchPart: { [K in MembershipPart]: () => Promise<NonNullable<MembershipParts[K]>> }
  now: () => number
}

const defaultDeps: MembershipDeps = {
  fetchPart: { member: fetchMe, growth: fetchGrowth, levels: fetchLevels },
  now: () => Date.now(),
}

const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError('network', String(e)))
const hasAny = (s: MembershipParts | null) => Boolean(s && (s.member || s.growth || s.levels))

/**
 * Cache first, then each part from the network on its own: a failed part keeps what was shown
 * for it (or nothing) and is marked with its own retry, so one dropped request never fails the
 * whole screen. Concurrent loads share one round; answers after a reset are dropped.
 */
export function createMembershipStore(deps: MembershipDeps = defaultDeps) {
  return create<MembershipState>()((set, get) => {
    let inFlight: Promise<void> | null = null
    let generation = 0
    /** Counts changes; each part remembers the count of its last one, each load the count it started at. */
    let changes = 0
    const changedAt: Partial<Record<MembershipPart, number>> = {}

    /** Merges settled answers into what is shown, and works out the screen's status. */
    const apply = (answers: Partial<{ [K in MembershipPart]: PromiseSettledResult<MembershipParts[K]> }>, startedAt: number) => {
      const before = get()
      const snapshot: MembershipSnapshot = { member: null, growth: null, levels: null, fetchedAt: 0, ...before.snapshot }
      const failed = { ...before.failed }
      let fresh = false
      for (const part of MEMBERSHIP_PARTS) {
        const answer = answers[part]
        // Asked before the member's own change landed: that answer is older than what is shown.
        if (!answer || (changedAt[part] ?? 0) > startedAt) continue
        if (answer.status === 'fulfilled') {
          ;(snapshot as unknown as Record<MembershipPart, unknown>)[part] = answer.value
          delete failed[part]
          fresh = true
        } else {
          failed[part] = toApiError(answer.reason)
        }
      }
      if (fresh) snapshot.fetchedAt = deps.now()
      const shown = hasAny(snapshot)
      const firstError = MEMBERSHIP_PARTS.map((p) => failed[p]).find(Boolean) ?? null
      // Stale: a part on screen is older than its last request, which failed.
      const stale = MEMBERSHIP_PARTS.some((p) => failed[p] && snapshot[p])
      if (fresh) writeMember(CACHE_NAME, CACHE_VERSION, snapshot)
      set({
        snapshot: shown ? snapshot : null,
        failed,
        error: firstError,
        stale,
        status: shown ? 'ready' : firstError ? 'error' : before.status,
      })
    }

    const settle = <K extends MembershipPart>(part: K) =>
      deps.fetchPart[part]().then(
        (value): PromiseSettledResult<MembershipParts[K]> => ({ status: 'fulfilled', value }),
        (reason: unknown): PromiseSettledResult<MembershipParts[K]> => ({ status: 'rejected', reason }),
      )

    const load = (): Promise<void> => {
      if (inFlight) return inFlight
      if (!get().snapshot) {
        const cached = readMember(CACHE_NAME, CACHE_VERSION, isSnapshot)
        if (cached && hasAny(cached)) set({ snapshot: cached, stale: true, status: 'ready' })
      }
      // Taken after the cached read: that read may find another member's data and reset this store
      // on the spot (a persona or sign-in changed since the last launch); the requests below are
      // already the current member's, so their answers must not be dropped as a reset's leftovers.
      const mine = generation
      const startedAt = changes
      set({ refreshing: true, status: get().snapshot ? 'ready' : 'loading' })
      inFlight = Promise.all([settle('member'), settle('growth'), settle('levels')])
        .then(([member, growth, levels]) => {
          if (mine === generation) apply({ member, growth, levels }, startedAt)
        })
        .finally(() => {
          if (mine !== generation) return
          inFlight = null
          set({ refreshing: false })
        })
      return inFlight
    }

    const retry = async (part: MembershipPart): Promise<void> => {
      if (get().retrying[part]) return
      const mine = generation
      const startedAt = changes
      set((s) => ({ retrying: { ...s.retrying, [part]: true } }))
      const answer = await settle(part)
      if (mine !== generation) return
      apply({ [part]: answer }, startedAt)
      set((s) => ({ retrying: { ...s.retrying, [part]: false } }))
    }

    return {
      ...EMPTY_SNAPSHOT_STATE,
      failed: {},
      retrying: {},
      load,
      retry,
      applyChange: (parts) => {
        changes += 1
        for (const part of Object.keys(parts) as MembershipPart[]) changedAt[part] = changes
        const snapshot: MembershipSnapshot = { member: null, growth: null, levels: null, fetchedAt: deps.now(), ...get().snapshot, ...parts }
        writeMember(CACHE_NAME, CACHE_VERSION, snapshot)
        set({ snapshot, status: 'ready' })
      },
      reset: () => {
        generation += 1
        inFlight = null
        set({ ...EMPTY_SNAPSHOT_STATE, failed: {}, retrying: {} })
      },
    }
  })
}

export const useMembershipStore = createMembershipStore()
onMemberDataInvalidated(() => useMembershipStore.getState().reset())
