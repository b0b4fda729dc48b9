import * as v from 'valibot'
import { create } from 'zustand'
import { fetchGrowthEvents } from '@/features/growth'
import { ApiError } from '@/services/errors'
import { onMemberDataInvalidated } from '@/services/mock-session'
import { GrowthEventSchema, GrowthMonthSchema, type GrowthEventDto, type GrowthMonthDto } from '@/services/schemas/growth'
import { readMember, writeMember } from '@/services/member-storage'

export const PAGE_SIZE = 20

export interface RecordState {
  events: GrowthEventDto[]
  /** Whole-month totals by `YYYY-MM`, from the backend; a month missing here falls back to the loaded rows. */
  months: Record<string, GrowthMonthDto>
  nextCursor: string | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** Showing the first page remembered from an earlier visit. */
  stale: boolean
  fetchedAt: number | null
  loadingMore: boolean
  error: ApiError | null
  moreError: ApiError | null
  refresh: () => Promise<void>
  loadMore: () => Promise<void>
  reset: () => void
}

const CACHE_VERSION = 1
const Cached = v.object({
  events: v.array(GrowthEventSchema),
  months: v.optional(v.array(GrowthMonthSchema)),
  nextCursor: v.nullable(v.string()),
  fetchedAt: v.number(),
})
type CachedPage = v.InferOutput<typeof Cached>
const isCached = (d: unknown): d is CachedPage => v.is(Cached, d)
const CACHE_NAME = 'growth-record'
const byMonth = (months: readonly GrowthMonthDto[] | undefined) => Object.fromEntries((months ?? []).map((m) => [m.month, m]))
const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError('network', String(e)))

/** The ledger, newest first, one cursor page at a time; the first page is kept for offline. */
export function createRecordStore(fetchPage = fetchGrowthEvents) {
  let generation = 0
  let firstInFlight: Promise<void> | null = null
  return create<RecordState>()((set, get) => ({
    events: [],
    months: {},
    nextCursor: null,
    status: 'idle',
    stale: false,
    fetchedAt: null,
    loadingMore: false,
    error: null,
    moreError: null,

    refresh: () => {
      if (firstInFlight) return firstInFlight
      if (get().events.length === 0) {
        const cached = readMember(CACHE_NAME, CACHE_VERSION, isCached)
        if (cached) set({ events: cached.events, months: byMonth(cached.months), nextCursor: cached.nextCursor, fetchedAt: cached.fetchedAt, stale: true, status: 'ready' })
      }
      // Counted after the cached read: that read may find another member's data and reset this
      // store on the spot, and the request below is already the current member's.
      const mine = ++generation
      if (get().status !== 'ready') set({ status: 'loading' })
      firstInFlight = fetchPage(null, PAGE_SIZE)
        .then((page) => {
          if (mine !== generation) return
          const nextCursor = page.nextCursor ?? null
          const fetchedAt = Date.now()
          writeMember(CACHE_NAME, CACHE_VERSION, { events: page.events, months: page.months, nextCursor, fetchedAt })
          set({ events: page.events, months: byMonth(page.months), nextCursor, fetchedAt, status: 'ready', stale: false, error: null, moreError: null })
        })
        .catch((e: unknown) => {
          if (mine !== generation) return
          set((s) => ({ error: asApiError(e), status: s.events.length > 0 ? 'ready' : 'error', stale: s.events.length > 0 }))
        })
        .finally(() => {
          firstInFlight = null
        })
      return firstInFlight
    },

    loadMore: async () => {
      const { nextCursor, loadingMore, stale, status } = get()
      // A remembered page's cursor may be outdated: page on only from fresh data.
      if (!nextCursor || loadingMore || stale || status !== 'ready') return
      const mine = generation
      set({ loadingMore: true, moreError: null })
      try {
        const page = await fetchPage(nextCursor, PAGE_SIZE)
        if (mine !== generation) return
        set((s) => ({ events: [...s.events, ...page.events], months: { ...s.months, ...byMonth(page.months) }, nextCursor: page.nextCursor ?? null }))
      } catch (e) {
        if (mine === generation) set({ moreError: asApiError(e) })
      } finally {
        if (mine === generation) set({ loadingMore: false })
      }
    },

    reset: () => {
      generation += 1
      firstInFlight = null
      set({ events: [], months: {}, nextCursor: null, status: 'idle', stale: false, fetchedAt: null, loadingMore: false, error: null, moreError: null })
    },
  }))
}

export const useRecordStore = createRecordStore()
onMemberDataInvalidated(() => useRecordStore.getState().reset())
