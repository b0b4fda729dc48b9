import { codeState, couponStatusAt, isWellFormedCode } from '../../src/domain/coupons'
import { toIso } from '../../src/domain/time'
import { parseMemberKey } from '../db/member-key'
import { CODE_MEMORY_MS } from './coupons'
import { findStore } from '../seeds/coupons-catalogue'
import { couponShared, type RedemptionBody } from '../seeds/coupons-state'
import { badRequest, HttpError } from './errors'
import { refuseBodyKeyMismatch, rememberBodyKey } from './idempotency'
import { requireStaff } from './staff'
import { ok, type Route } from './types'

interface RedeemInput {
  code: string
  storeId: string
  idempotencyKey: string
}

/** `storeId` may be left out: the staff token already says which store this is. */
function readInput(body: unknown, staffStoreId: string): RedeemInput {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  if (typeof b.code !== 'string' || !/^\d{1,32}$/.test(b.code)) throw badRequest('code 必须是数字字符串')
  if (b.storeId !== undefined && (typeof b.storeId !== 'string' || b.storeId === '')) throw badRequest('storeId 必须是门店编号')
  if (typeof b.storeId === 'string' && !findStore(b.storeId)) throw badRequest(`没有这个门店：${b.storeId}`)
  if (b.storeId !== undefined && b.storeId !== staffStoreId) {
    throw new HttpError(403, 'STORE_MISMATCH', '登录的门店与核销门店不一致，请重新登录本店账号')
  }
  if (typeof b.idempotencyKey !== 'string' || !/^[\w.:-]{8,128}$/.test(b.idempotencyKey)) {
    throw badRequest('idempotencyKey 必须是 8 到 128 位的字母、数字或 -_.:')
  }
  return { code: b.code, storeId: staffStoreId, idempotencyKey: b.idempotencyKey }
}

/**
 * The clerk's side, staff only: a staff token from POST /auth/staff, whose store is the store.
 * No persona needed, the code says whose coupon it is. Synchronous from the first read to the
 * write, so of any number of racing requests exactly one redeems a coupon. Checks, in order:
 * staff token (401 STAFF_ONLY), body store (400 unknown, 403 STORE_MISMATCH), a known
 * idempotency key replays its 201 body as 200; then unknown code, coupon already used, coupon
 * expired, code expired, wrong store.
 */
export const redemptionRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/redemptions',
    handle: (ctx) => {
      const staff = requireStaff(ctx)
      const input = readInput(ctx.req.body, staff.storeId)
      const shared = couponShared(ctx.backend.shared)
      refuseBodyKeyMismatch(ctx.backend, '/redemptions', input.idempotencyKey, ctx.req.body)
      const replay = shared.redemptions[input.idempotencyKey]
      if (replay) return ok(replay, 200)

      const now = ctx.backend.now()
      const known = isWellFormedCode(input.code) ? shared.codes[input.code] : undefined
      // A code is forgotten a day after it expired, whether or not a newer code has swept it yet.
      const issued = known && known.expiresAt + CODE_MEMORY_MS >= now ? known : undefined
      if (!issued) throw new HttpError(404, 'CODE_UNKNOWN', '券码无效，请让顾客刷新券码后重试')
      const memberKey = parseMemberKey(issued.memberKey)
      const coupon = memberKey ? ctx.backend.member(memberKey).coupons.find((c) => c.id === issued.couponId) : undefined
      if (!coupon) throw new HttpError(404, 'CODE_UNKNOWN', '券码无效，请让顾客刷新券码后重试')

      const status = couponStatusAt(coupon, now)
      if (status === 'used') throw new HttpError(409, 'ALREADY_REDEEMED', '这张券已经核销过了')
      if (status === 'expired') throw new HttpError(409, 'COUPON_EXPIRED', '这张券已过期，不能核销')
      if (!codeState({ expiresAt: toIso(issued.expiresAt) }, now).usable) throw new HttpError(410, 'CODE_EXPIRED', '券码已过期，请让顾客刷新券码')
      if (!coupon.storeIds.includes(input.storeId)) throw new HttpError(422, 'WRONG_STORE', '这张券不能在本门店使用')

      const body: RedemptionBody = {
        redemption: { id: `r-${String(shared.nextRedemptionSeq++).padStart(6, '0')}`, couponId: coupon.id, storeId: input.storeId, redeemedAt: toIso(now) },
      }
      coupon.status = 'used'
      coupon.usedAt = body.redemption.redeemedAt
      coupon.usedStoreId = input.storeId
      coupon.redemptionId = body.redemption.id
      shared.redemptions[input.idempotencyKey] = body
      rememberBodyKey(ctx.backend, '/redemptions', input.idempotencyKey, ctx.req.body)
      return ok(body, 201)
    },
  },
]
