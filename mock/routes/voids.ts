import { voidBlock } from '../../src/domain/counter'
import { voidTitle } from '../../src/domain/earning'
import { toIso } from '../../src/domain/time'
import { parseMemberKey } from '../db/member-key'
import { appendEvents } from '../db/member-state'
import { addEntry, counterShared, nextCounterId, type CounterEntry } from '../seeds/counter-state'
import { earningShared } from '../seeds/earning-state'
import { keep, readBodyKey, replayOrMismatch } from './counter-common'
import { badRequest, HttpError } from './errors'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { requireStaff } from './staff'
import { ok, type Route, type RouteContext } from './types'

const BLOCKED: Record<string, [number, string]> = {
  ALREADY_VOIDED: [409, '这笔已经撤销过了'],
  STORE_MISMATCH: [403, '只能由办理这笔的门店撤销'],
  VOID_WINDOW_PASSED: [409, '已超过 10 分钟，不能撤销；如需退款请走退款流程'],
}

function findTarget(entries: readonly CounterEntry[], body: Record<string, unknown>): CounterEntry {
  const { redemptionId, checkoutId } = body
  const given = [redemptionId, checkoutId].filter((v) => v !== undefined)
  if (given.length !== 1) throw badRequest('请给出 redemptionId 或 checkoutId 其中一个')
  const id = given[0]
  if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id)) throw badRequest('撤销对象的编号格式不对')
  const kind = redemptionId !== undefined ? 'redemption' : 'checkout'
  const target = entries.find((e) => e.kind === kind && e.id === id)
  if (target) return target
  if (kind === 'redemption' && entries.some((e) => e.kind === 'checkout' && e.redemptionIds?.includes(id))) {
    throw new HttpError(409, 'PART_OF_CHECKOUT', '这张券是整笔结账的一部分，请撤销整笔结账')
  }
  throw new HttpError(404, 'NOT_FOUND', kind === 'redemption' ? '没有这笔核销' : '没有这笔结账')
}

/**
 * POST /staff/voids: the store that made a redemption or a checkout undoes it within 10 minutes.
 * The coupons are available again; a checkout's purchase gets a `void` growth event for what was
 * left of it (it belongs to the purchase, like a refund) and takes no refund afterwards.
 */
function voidOne(ctx: RouteContext) {
  const staff = requireStaff(ctx)
  const body = readObjectBody(ctx.req.body)
  const key = readBodyKey(ctx, body)
  const counter = counterShared(ctx.backend.shared)
  const slot = `${staff.storeId}|${key}`
  const replay = replayOrMismatch(counter.voidKeys, slot, body)
  if (replay) return replay
  rejectUnknownFields(body, ['redemptionId', 'checkoutId', 'idempotencyKey'])

  const target = findTarget(counter.entries, body)
  const now = ctx.backend.now()
  const block = voidBlock({ storeId: target.storeId, at: Date.parse(target.at), voidedAt: target.voidedAt }, staff.storeId, now)
  if (block) throw new HttpError(BLOCKED[block][0], block, BLOCKED[block][1])

  const memberKey = parseMemberKey(target.memberKey)
  const member = memberKey ? ctx.backend.member(memberKey) : null
  if (!member) throw new HttpError(404, 'NOT_FOUND', '找不到这位会员')
  const voidedAt = toIso(now)
  const restored: string[] = []
  for (const couponId of target.couponIds ?? []) {
    const coupon = member.coupons.find((c) => c.id === couponId)
    // Only the redemption being undone: never a later use of the same coupon.
    if (!coupon || !coupon.redemptionId || !(target.redemptionIds ?? []).includes(coupon.redemptionId)) continue
    coupon.status = 'available'
    delete coupon.usedAt
    delete coupon.usedStoreId
    delete coupon.redemptionId
    restored.push(couponId)
  }
  let voidedFen: number | undefined
  if (target.kind === 'checkout' && target.orderId) {
    const orders = earningShared(ctx.backend.shared).orders
    const order = Object.prototype.hasOwnProperty.call(orders, target.orderId) ? orders[target.orderId] : undefined
    if (order) {
      const paid = order.body.purchase.amountFen
      voidedFen = Math.max(0, paid - order.refundedFen)
      if (voidedFen > 0) appendEvents(member, [{ type: 'void', amountFen: voidedFen, orderId: target.orderId, title: voidTitle(voidedFen), occurredAt: voidedAt }])
      // Nothing is left to refund on a voided order.
      order.refundedFen = paid
    }
  }
  ctx.backend.refreshHeld(member)
  target.voidedAt = voidedAt

  const id = nextCounterId(counter, 'v')
  const answer = {
    void: {
      id,
      ...(target.kind === 'redemption' ? { redemptionId: target.id } : { checkoutId: target.id }),
      storeId: staff.storeId,
      voidedAt,
      couponIds: restored,
      ...(voidedFen !== undefined ? { amountFen: voidedFen } : {}),
    },
  }
  addEntry(
    counter,
    {
      id,
      storeId: staff.storeId,
      kind: 'void',
      at: voidedAt,
      ...(voidedFen !== undefined ? { amountFen: voidedFen } : {}),
      ...(target.couponTitle ? { couponTitle: target.couponTitle } : {}),
      memberMasked: target.memberMasked,
      memberKey: target.memberKey,
      voidOf: target.id,
    },
    now,
  )
  keep(counter.voidKeys, slot, body, answer)
  return ok(answer, 201)
}

export const voidRoutes: Route[] = [{ method: 'POST', pattern: '/staff/voids', handle: voidOne }]
