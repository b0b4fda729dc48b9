import { firstUnusable, VOID_WINDOW_MS } from '../../src/domain/counter'
import { purchaseTitle } from '../../src/domain/earning'
import { toIso } from '../../src/domain/time'
import { appendEvents } from '../db/member-state'
import { creditReferralOnPurchase } from './referrals'
import { couponShared } from '../seeds/coupons-state'
import { addEntry, counterShared, nextCounterId } from '../seeds/counter-state'
import { earningShared, nextId, type PurchaseBody } from '../seeds/earning-state'
import { keep, memberMasked, memberOfLiveCode, readBodyKey, readCode, replayOrMismatch } from './counter-common'
import { badRequest, HttpError } from './errors'
import { readObjectBody, rejectUnknownFields, type JsonObject } from './read-body'
import { requireStaff } from './staff'
import { ok, type Route, type RouteContext } from './types'

/** A till ticks a handful; more than this is not a checkout a clerk made. */
const MAX_COUPONS = 20

interface CheckoutInput {
  memberCode: string
  orderId: string
  amountFen: number
  couponIds: string[]
}

function readInput(body: JsonObject): CheckoutInput {
  rejectUnknownFields(body, ['memberCode', 'orderId', 'amountFen', 'couponIds', 'idempotencyKey'])
  const memberCode = readCode(body.memberCode, 'memberCode')
  if (typeof body.orderId !== 'string' || !/^[\w-]{1,64}$/.test(body.orderId)) throw badRequest('orderId 必须是 1 到 64 位的字母、数字或 -_')
  const fen = body.amountFen
  if (typeof fen !== 'number' || !Number.isInteger(fen) || fen <= 0 || fen > 100_000_000) throw badRequest('amountFen 必须是正整数（分）')
  const ids = body.couponIds ?? []
  if (!Array.isArray(ids) || ids.length > MAX_COUPONS || !ids.every((id) => typeof id === 'string' && /^[\w-]{1,64}$/.test(id))) {
    throw badRequest(`couponIds 必须是最多 ${MAX_COUPONS} 个券编号的数组`)
  }
  if (new Set(ids).size !== ids.length) throw badRequest('couponIds 里有重复的券')
  return { memberCode, orderId: body.orderId, amountFen: fen, couponIds: ids as string[] }
}

/**
 * POST /staff/checkouts: one scan of the member code records the purchase and redeems the ticked
 * coupons, all or nothing. Synchronous from the first read to the last write, so of 30 racing
 * confirmations one acts: the same key replays its answer (200), another key for the same order
 * is 409 ORDER_DUPLICATE. Every check runs before anything is written.
 */
function checkout(ctx: RouteContext) {
  const staff = requireStaff(ctx)
  const body = readObjectBody(ctx.req.body)
  const key = readBodyKey(ctx, body)
  const counter = counterShared(ctx.backend.shared)
  const slot = `${staff.storeId}|${key}`
  const replay = replayOrMismatch(counter.checkoutKeys, slot, body)
  if (replay) return replay

  const input = readInput(body)
  const { member } = memberOfLiveCode(ctx.backend, input.memberCode)
  if (member.notJoined) throw new HttpError(404, 'CODE_UNKNOWN', '会员码无效，请让顾客刷新会员码后重试')
  const earning = earningShared(ctx.backend.shared)
  if (Object.prototype.hasOwnProperty.call(earning.orders, input.orderId)) {
    throw new HttpError(409, 'ORDER_DUPLICATE', `订单 ${input.orderId} 已经记录过，不会重复计入`)
  }
  const now = ctx.backend.now()
  const blocked = firstUnusable(input.couponIds, member.coupons, staff.storeId, now)
  if (blocked) {
    // The contract's error body, plus which coupon and why (in the error and beside it, as the
    // contract's `409 COUPON_NOT_USABLE { couponId, reason }` reads either way), so the till can untick it.
    const message = `券 ${blocked.couponId} 现在不能在本店使用，整单未记录`
    return { status: 409, body: { error: { code: 'COUPON_NOT_USABLE', message, ...blocked }, ...blocked } }
  }

  const recordedAt = toIso(now)
  const purchase: PurchaseBody['purchase'] = {
    id: nextId(earning, 'p'),
    memberId: member.profile.id,
    amountFen: input.amountFen,
    orderId: input.orderId,
    storeId: staff.storeId,
    recordedAt,
  }
  appendEvents(member, [{ type: 'purchase', amountFen: input.amountFen, orderId: input.orderId, title: purchaseTitle(input.amountFen), occurredAt: recordedAt }])
  earning.orders[input.orderId] = { memberKey: member.key, body: { purchase }, refundedFen: 0 }

  const coupons = couponShared(ctx.backend.shared)
  const redeemed = input.couponIds.map((couponId) => {
    const coupon = member.coupons.find((c) => c.id === couponId)!
    const redemption = { id: `r-${String(coupons.nextRedemptionSeq++).padStart(6, '0')}`, couponId, storeId: staff.storeId, redeemedAt: recordedAt }
    coupon.status = 'used'
    coupon.usedAt = recordedAt
    coupon.usedStoreId = staff.storeId
    coupon.redemptionId = redemption.id
    return { redemption, title: coupon.title }
  })
  ctx.backend.refreshHeld(member)
  // A friend's first purchase credits their referrer, whichever counter path records it.
  creditReferralOnPurchase(ctx.backend, member)

  const id = nextCounterId(counter, 'co')
  const answer = {
    checkout: {
      id,
      purchase,
      redemptions: redeemed.map((r) => r.redemption),
      recordedAt,
      voidableUntil: toIso(now + VOID_WINDOW_MS),
    },
  }
  addEntry(
    counter,
    {
      id,
      storeId: staff.storeId,
      kind: 'checkout',
      at: recordedAt,
      amountFen: input.amountFen,
      ...(redeemed.length > 0 ? { couponTitle: redeemed.map((r) => r.title).join('、') } : {}),
      couponCount: redeemed.length,
      memberMasked: memberMasked(member),
      memberKey: member.key,
      orderId: input.orderId,
      couponIds: [...input.couponIds],
      redemptionIds: redeemed.map((r) => r.redemption.id),
    },
    now,
  )
  keep(counter.checkoutKeys, slot, body, answer)
  return ok(answer, 201)
}

export const checkoutRoutes: Route[] = [{ method: 'POST', pattern: '/staff/checkouts', handle: checkout }]
