import { own } from '../db/dict'
import { INVITE_CHECK_IN_TITLE, isMemberCode, purchaseTitle, REFUND_TITLE } from '../../src/domain/earning'
import { toIso } from '../../src/domain/time'
import type { Backend } from '../db/backend'
import { parseMemberKey, storedMemberKey } from '../db/member-key'
import { appendEvents, type MemberState } from '../db/member-state'
import { earningShared, MEMBER_CODE_MEMORY_MS, nextId, type PurchaseBody, type RefundBody, type StaffCheckInBody } from '../seeds/earning-state'
import { badRequest, HttpError } from './errors'
import { refuseBodyKeyMismatch, rememberBodyKey } from './idempotency'
import { checkInAtEvent } from './community'
import { currentInviteStatus } from './invites'
import { creditReferralOnPurchase } from './referrals'
import { readObjectBody } from './read-body'
import { requireStaff } from './staff'
import { ok, type Route, type RouteContext } from './types'

/** The body key, or the header key, so either style of safe retry works (contract "Safe retries"). */
function readKey(ctx: RouteContext, body: Record<string, unknown>): string {
  const key = body.idempotencyKey ?? ctx.req.headers['idempotency-key']
  if (typeof key !== 'string' || !/^[\w.:-]{8,128}$/.test(key)) {
    throw badRequest('idempotencyKey 必须是 8 到 128 位的字母、数字或 -_.:')
  }
  return key
}

function readAmount(body: Record<string, unknown>): number {
  const fen = body.amountFen
  if (typeof fen !== 'number' || !Number.isInteger(fen) || fen <= 0 || fen > 100_000_000) throw badRequest('amountFen 必须是正整数（分）')
  return fen
}

function readOrderId(body: Record<string, unknown>): string {
  if (typeof body.orderId !== 'string' || !/^[\w-]{1,64}$/.test(body.orderId)) throw badRequest('orderId 必须是 1 到 64 位的字母、数字或 -_')
  return body.orderId
}

/** The member behind a live member code: 404 CODE_UNKNOWN, or 410 CODE_EXPIRED at or after expiry. */
function memberOfCode(backend: Backend, body: Record<string, unknown>): MemberState {
  const code = body.memberCode
  if (typeof code !== 'string' || !/^\d{1,32}$/.test(code)) throw badRequest('memberCode 必须是数字')
  const now = backend.now()
  const issued = isMemberCode(code) ? earningShared(backend.shared).memberCodes[code] : undefined
  // storedMemberKey: a stranger who signed in and joined (`u-…`) has a member code too.
  const key = issued && issued.expiresAt + MEMBER_CODE_MEMORY_MS >= now ? storedMemberKey(issued.memberKey) : null
  if (!issued || !key) throw new HttpError(404, 'CODE_UNKNOWN', '会员码无效，请让顾客刷新会员码后重试')
  if (now >= issued.expiresAt) throw new HttpError(410, 'CODE_EXPIRED', '会员码已过期，请让顾客刷新会员码')
  return backend.refreshHeld(backend.member(key))
}

function recordPurchase(ctx: RouteContext) {
  const staff = requireStaff(ctx)
  const body = readObjectBody(ctx.req.body)
  const key = readKey(ctx, body)
  const state = earningShared(ctx.backend.shared)
  refuseBodyKeyMismatch(ctx.backend, '/staff/purchases', key, body)
  const replay = state.purchaseKeys[key]
  if (replay) return ok(replay, 200)
  const amountFen = readAmount(body)
  const orderId = readOrderId(body)
  const member = memberOfCode(ctx.backend, body)
  if (state.orders[orderId]) throw new HttpError(409, 'ORDER_DUPLICATE', `订单 ${orderId} 已经记录过，不会重复计入`)

  const recordedAt = toIso(ctx.backend.now())
  const result: PurchaseBody = {
    purchase: { id: nextId(state, 'p'), memberId: member.profile.id, amountFen, orderId, storeId: staff.storeId, recordedAt },
  }
  appendEvents(member, [{ type: 'purchase', amountFen, orderId, title: purchaseTitle(amountFen), occurredAt: recordedAt }])
  ctx.backend.refreshHeld(member)
  creditReferralOnPurchase(ctx.backend, member)
  state.orders[orderId] = { memberKey: member.key, body: result, refundedFen: 0 }
  state.purchaseKeys[key] = result
  rememberBodyKey(ctx.backend, '/staff/purchases', key, body)
  return ok(result, 201)
}

function recordRefund(ctx: RouteContext) {
  const staff = requireStaff(ctx)
  const body = readObjectBody(ctx.req.body)
  const key = readKey(ctx, body)
  const state = earningShared(ctx.backend.shared)
  refuseBodyKeyMismatch(ctx.backend, '/staff/refunds', key, body)
  const replay = state.refundKeys[key]
  if (replay) return ok(replay, 200)
  const amountFen = readAmount(body)
  const orderId = readOrderId(body)
  const order = state.orders[orderId]
  const memberKey = order ? parseMemberKey(order.memberKey) : null
  if (!order || !memberKey) throw new HttpError(404, 'ORDER_UNKNOWN', `没有订单 ${orderId} 的消费记录`)
  const left = order.body.purchase.amountFen - order.refundedFen
  if (amountFen > left) throw new HttpError(422, 'REFUND_TOO_LARGE', `退款金额超过该订单可退的 ¥${(left / 100).toFixed(2)}`)

  const member = ctx.backend.member(memberKey)
  const refundedAt = toIso(ctx.backend.now())
  const result: RefundBody = { refund: { id: nextId(state, 'rf'), orderId, amountFen, storeId: staff.storeId, refundedAt } }
  // The refund carries its order, so the ledger takes it off that purchase (and only while it counts).
  appendEvents(member, [{ type: 'refund', amountFen, orderId, title: REFUND_TITLE, occurredAt: refundedAt }])
  ctx.backend.refreshHeld(member)
  order.refundedFen += amountFen
  state.refundKeys[key] = result
  rememberBodyKey(ctx.backend, '/staff/refunds', key, body)
  return ok(result, 201)
}

function checkInAtInvite(ctx: RouteContext) {
  const staff = requireStaff(ctx)
  const body = readObjectBody(ctx.req.body)
  const key = readKey(ctx, body)
  const state = earningShared(ctx.backend.shared)
  refuseBodyKeyMismatch(ctx.backend, '/staff/check-ins', key, body)
  const replay = state.checkInKeys[key]
  if (replay) return ok(replay, 200)
  if (body.eventId !== undefined) return checkInAtCommunityEvent(ctx, staff.storeId, body, key)
  if (typeof body.inviteId !== 'string' || body.inviteId === '') throw badRequest('缺少 inviteId 或 eventId')
  const member = memberOfCode(ctx.backend, body)
  const record = own(member.inviteAnswers, body.inviteId)
  if (!record) throw new HttpError(404, 'INVITE_NOT_FOUND', '这位会员没有这份邀请')
  if (currentInviteStatus(ctx.backend, member, record) !== 'accepted') {
    throw new HttpError(409, 'NOT_ACCEPTED', '这位会员还没有确认参加这场活动，不能签到')
  }
  if (record.attendedAt) throw new HttpError(409, 'ALREADY_CHECKED_IN', '这位会员已经签到过了')

  const checkedInAt = toIso(ctx.backend.now())
  record.attendedAt = checkedInAt
  appendEvents(member, [{ type: 'interaction', title: `${INVITE_CHECK_IN_TITLE} · ${record.title}`, occurredAt: checkedInAt }])
  ctx.backend.refreshHeld(member)
  const result: StaffCheckInBody = {
    checkIn: { id: nextId(state, 'ci'), memberId: member.profile.id, inviteId: record.id, storeId: staff.storeId, checkedInAt },
  }
  state.checkInKeys[key] = result
  rememberBodyKey(ctx.backend, '/staff/check-ins', key, body)
  return ok(result, 201)
}

/** A community event's check-in (contract part 3, Journeys): the seat rules live in community.ts. */
function checkInAtCommunityEvent(ctx: RouteContext, storeId: string, body: Record<string, unknown>, key: string) {
  if (typeof body.eventId !== 'string' || body.eventId === '' || body.inviteId !== undefined) throw badRequest('eventId 必须是活动 id，且不与 inviteId 同时出现')
  const member = memberOfCode(ctx.backend, body)
  const { eventId, checkedInAt } = checkInAtEvent(ctx.backend, member, body.eventId)
  const state = earningShared(ctx.backend.shared)
  const result: StaffCheckInBody = { checkIn: { id: nextId(state, 'ci'), memberId: member.profile.id, eventId, storeId, checkedInAt } }
  state.checkInKeys[key] = result
  rememberBodyKey(ctx.backend, '/staff/check-ins', key, body)
  return ok(result, 201)
}

/**
 * The counter's side of earning, staff only. Each handler is synchronous from the first read to
 * the write, so racing requests (30 replays of one key, one order under two keys) act once.
 */
export const staffEarningRoutes: Route[] = [
  { method: 'POST', pattern: '/staff/purchases', handle: recordPurchase },
  { method: 'POST', pattern: '/staff/refunds', handle: recordRefund },
  { method: 'POST', pattern: '/staff/check-ins', handle: checkInAtInvite },
]
