import * as v from 'valibot'
import { create } from 'zustand'
import { ApiError } from '@/services/errors'
import { onMemberDataInvalidated } from '@/services/mock-session'
import { CouponSchema, StoreSchema, type CouponDto, type StoreDto, type TemplateDto } from '@/services/schemas/coupons'
import { readMember, writeMember } from '@/services/member-storage'
import { claimTemplate, fetchCoupons, fetchStores, fetchTemplates } from './api'

export interface CouponState {
  coupons: CouponDto[] | null
  stores: StoreDto[]
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** What is on screen came from storage or survived a failed refresh. */
  stale: boolean
  error: ApiError | null
  templates: TemplateDto[] | null
  templatesError: ApiError | null
  /** Template ids with a claim in flight: a second tap is ignored, not sent. */
  claiming: Record<string, boolean>
  load: () => Promise<void>
  loadTemplates: () => Promise<void>
  claim: (templateId: string) => Promise<{ ok: true; coupon: CouponDto } | { ok: false; error: ApiError }>
  /** The code screen learned a coupon changed (redeemed, expired): the wallet follows at once. */
  upsert: (coupon: CouponDto) => void
  reset: () => void
}

const CACHE_VERSION = 1
const Cached = v.object({ coupons: v.array(CouponSchema), stores: v.array(StoreSchema) })
const isCached = (d: unknown): d is v.InferOutput<typeof Cached> => v.is(Cached, d)
const CACHE_NAME = 'coupons'
const toApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError('network', String(e)))

export function createCouponStore() {
  let inFlight: Promise<void> | null = null
  let generation = 0
  const save = (coupons: CouponDto[], stores: StoreDto[]) => writeMember(CACHE_NAME, CACHE_VERSION, { coupons, stores })

  return create<CouponState>()((set, get) => ({
    coupons: null,
    stores: [],
    status: 'idle',
    stale: false,
    error: null,
    templates: null,
    templatesError: null,
    claiming: {},

    load: () => {
      if (inFlight) return inFlight
      const mine = generation
      if (!get().coupons) {
        const cached = readMember(CACHE_NAME, CACHE_VERSION, isCached)
        if (cached) set({ coupons: cached.coupons, stores: cached.stores, stale: true, status: 'ready' })
      }
      if (!get().coupons) set({ status: 'loading' })
      inFlight = Promise.all([fetchCoupons(), get().stores.length ? Promise.resolve(get().stores) : fetchStores()])
        .then(([coupons, stores]) => {
          if (mine !== generation) return
          save(coupons, stores)
          set({ coupons, stores, status: 'ready', stale: false, error: null })
        })
        .catch((e: unknown) => {
          if (mine !== generation) return
          set((s) => ({ error: toApiError(e), status: s.coupons ? 'ready' : 'error', stale: Boolean(s.coupons) }))
        })
        .finally(() => {
          if (mine === generation) inFlight = null
        })
      return inFlight
    },

    loadTemplates: async () => {
      const mine = generation
      try {
        const templates = await fetchTemplates()
        if (mine === generation) set({ templates, templatesError: null })
      } catch (e) {
        if (mine === generation) set({ templatesError: toApiError(e) })
      }
    },

    claim: async (templateId) => {
      if (get().claiming[templateId]) return { ok: false, error: new ApiError('client', '正在领取', { code: 'IN_FLIGHT' }) }
      // The member may change (persona switch, reset) while the claim is on its way: a coupon
      // claimed for the old member must not land in the new member's wallet or cache.
      const mine = generation
      set((s) => ({ claiming: { ...s.claiming, [templateId]: true } }))
      try {
        const coupon = await claimTemplate(templateId)
        if (mine !== generation) return { ok: true, coupon }
        get().upsert(coupon)
        set((s) => ({
          templates:
            s.templates?.map((t) => {
              if (t.id !== templateId) return t
              const claimedByMe = t.claimedByMe + 1
              const stockLeft = Math.max(0, t.stockLeft - 1)
              const full = claimedByMe >= t.perMemberLimit
              return { ...t, claimedByMe, stockLeft, claimable: !full && stockLeft > 0, reason: full ? 'LIMIT_REACHED' : stockLeft > 0 ? undefined : 'SOLD_OUT' }
            }) ?? null,
        }))
        return { ok: true, coupon }
      } catch (e) {
        if (mine === generation) void get().loadTemplates()
        return { ok: false, error: toApiError(e) }
      } finally {
        if (mine === generation) set((s) => ({ claiming: { ...s.claiming, [templateId]: false } }))
      }
    },

    upsert: (coupon) => {
      const list = get().coupons ?? []
      const coupons = list.some((c) => c.id === coupon.id) ? list.map((c) => (c.id === coupon.id ? coupon : c)) : [...list, coupon]
      set({ coupons })
      save(coupons, get().stores)
    },

    reset: () => {
      generation += 1
      inFlight = null
      set({ coupons: null, stores: [], status: 'idle', stale: false, error: null, templates: null, templatesError: null, claiming: {} })
    },
  }))
}

export const useCouponStore = createCouponStore()
onMemberDataInvalidated(() => useCouponStore.getState().reset())
