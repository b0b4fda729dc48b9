import {
  CODE_REFRESH_AFTER_MS,
  CODE_TTL_MS,
  couponStatusAt,
  generateRedemptionCode,
  hasStarted,
  type Coupon,
  type CouponStatus,
} from '../../src/domain/coupons'
import { toIso } from '../../src/domain/time'
import type { RandomBytes } from '../../src/domain/random'
import type { MemberState } from '../db/member-state'
import { RandomSourceUnavailable } from '../db/random-source'
import { couponShared, type StoredCoupon } from '../seeds/coupons-state'
import { badRequest, HttpError } from './errors'
import { ok, type Route } from './types'

const STATUSES: readonly CouponStatus[] = ['available', 'used', 'expired']

/** Codes that expired this long ago are forgotten (then they read as unknown). */
export const CODE_MEMORY_MS = 24 * 60 * 60 * 1000

/** The contract's view of a stored coupon, its status computed at `now` (no expiry job). */
export function couponView(coupon: StoredCoupon, now: number): Coupon & { usedStoreId?: string } {
  const { redemptionId: _unused, ...rest } = coupon
  return { ...rest, status: couponStatusAt(coupon, now) }
}

export function findCoupon(member: MemberState, id: string): StoredCoupon {
  const coupon = member.coupons.find((c) => c.id === id)
  if (!coupon) throw new HttpError(404, 'NOT_FOUND', '没有这张券')
  return coupon
}

export const couponRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/coupons',
    handle: (ctx) => {
      const status = ctx.req.query.status
      if (status !== undefined && status !== '' && !STATUSES.includes(status as CouponStatus)) {
        throw badRequest('status 只能是 available、used 或 expired')
      }
      const now = ctx.backend.now()
      const all = ctx.member().coupons.map((c) => couponView(c, now))
      return ok({ coupons: status ? all.filter((c) => c.status === status) : all })
    },
  },
  {
    method: 'GET',
    pattern: '/coupons/:id',
    handle: (ctx) => ok({ coupon: couponView(findCoupon(ctx.member(), ctx.params.id), ctx.backend.now()) }),
  },
  {
    method: 'POST',
    pattern: '/coupons/:id/code',
    handle: (ctx) => {
      const member = ctx.member()
      const coupon = findCoupon(member, ctx.params.id)
      const now = ctx.backend.now()
      const status = couponStatusAt(coupon, now)
      if (status === 'used') throw new HttpError(409, 'NOT_AVAILABLE', '这张券已使用')
      if (status === 'expired') throw new HttpError(409, 'NOT_AVAILABLE', '这张券已过期')
      if (!hasStarted(coupon, now)) throw new HttpError(409, 'NOT_AVAILABLE', '这张券还没到使用时间')

      const shared = couponShared(ctx.backend.shared)
      for (const [code, issued] of Object.entries(shared.codes)) {
        if (issued.expiresAt + CODE_MEMORY_MS < now) delete shared.codes[code]
      }
      const code = issueSecureCode(ctx.backend.randomBytes, (candidate) => candidate in shared.codes)
      const expiresAt = now + CODE_TTL_MS
      shared.codes[code] = { memberKey: member.key, couponId: coupon.id, issuedAt: now, expiresAt }
      return ok({ code, expiresAt: toIso(expiresAt), refreshAfterMs: CODE_REFRESH_AFTER_MS, serverTime: toIso(now) }, 201)
    },
  },
]

/** A code from the backend's cryptographic source; without one, a clear 503 rather than a weak code. */
function issueSecureCode(randomBytes: RandomBytes, taken: (code: string) => boolean): string {
  try {
    return generateRedemptionCode(randomBytes, taken)
  } catch (error) {
    if (error instanceof RandomSourceUnavailable) {
      throw new HttpError(503, 'SERVICE_UNAVAILABLE', '暂时无法生成安全的券码，请稍后重试')
    }
    throw error
  }
}
