import { couponStatusAt } from '../../src/domain/coupons'
import { isMemberCode } from '../../src/domain/earning'
import { maskName } from '../../src/domain/counter'
import type { Backend } from '../db/backend'
import { parseMemberKey } from '../db/member-key'
import type { MemberState } from '../db/member-state'
import type { StoredCoupon } from '../seeds/coupons-state'
import { canonicalRequest, keptAnswer, type KeptAnswer } from '../seeds/counter-state'
import { earningShared, MEMBER_CODE_MEMORY_MS } from '../seeds/earning-state'
import { badRequest, errorResponse, HttpError } from './errors'
import type { JsonObject } from './read-body'
import { ok, type MockResponse, type RouteContext } from './types'

/** The body key (the header key works too), as the other staff endpoints read it. */
export function readBodyKey(ctx: RouteContext, body: JsonObject): string {
  const key = body.idempotencyKey ?? ctx.req.headers['idempotency-key']
  if (typeof key !== 'string' || !/^[\w.:-]{8,128}$/.test(key)) throw badRequest('idempotencyKey 必须是 8 到 128 位的字母、数字或 -_.:')
  return key
}

/**
 * A body key seen before: its first answer again (200) when the request is the same, else 422
 * IDEMPOTENCY_MISMATCH (contract part 3, Trust). Undefined for a new key.
 */
export function replayOrMismatch(map: Record<string, KeptAnswer>, slot: string, body: JsonObject): MockResponse | undefined {
  const kept = keptAnswer(map, slot)
  if (!kept) return undefined
  if (kept.request !== canonicalRequest(body)) {
    return errorResponse(422, 'IDEMPOTENCY_MISMATCH', '同一个 idempotencyKey 已用于内容不同的请求，请重新操作')
  }
  return ok(JSON.parse(JSON.stringify(kept.body)), 200)
}

export function keep(map: Record<string, KeptAnswer>, slot: string, body: JsonObject, answer: unknown): void {
  map[slot] = { request: canonicalRequest(body), body: JSON.parse(JSON.stringify(answer)) }
}

/** Digits only, the length a code can have; anything else is a malformed request, not an unknown code. */
export function readCode(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^\d{1,32}$/.test(value)) throw badRequest(`${field} 必须是 1 到 32 位数字`)
  return value
}

/** The member behind a live member code: 404 CODE_UNKNOWN, 410 CODE_EXPIRED at or after expiry. */
export function memberOfLiveCode(backend: Backend, code: string): { member: MemberState; expiresAt: number } {
  const now = backend.now()
  const codes = earningShared(backend.shared).memberCodes
  const issued = isMemberCode(code) && Object.prototype.hasOwnProperty.call(codes, code) ? codes[code] : undefined
  const key = issued && issued.expiresAt + MEMBER_CODE_MEMORY_MS >= now ? parseMemberKey(issued.memberKey) : null
  if (!issued || !key) throw new HttpError(404, 'CODE_UNKNOWN', '会员码无效，请让顾客刷新会员码后重试')
  if (now >= issued.expiresAt) throw new HttpError(410, 'CODE_EXPIRED', '会员码已过期，请让顾客刷新会员码')
  return { member: backend.refreshHeld(backend.member(key)), expiresAt: issued.expiresAt }
}

export const memberMasked = (member: MemberState): string => maskName(member.profile.nickname)

/**
 * A coupon as the counter sees it: the contract's fields (`discountPercent` is the member
 * coupon's `percentOff`, the share taken off), its status now, and where and when it was used.
 */
export function counterCouponView(c: StoredCoupon, now: number) {
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    ...(c.valueFen !== undefined ? { valueFen: c.valueFen } : {}),
    ...(c.percentOff !== undefined ? { discountPercent: c.percentOff } : {}),
    ...(c.minSpendFen !== undefined ? { minSpendFen: c.minSpendFen } : {}),
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    storeIds: [...c.storeIds],
    status: couponStatusAt(c, now),
    ...(c.usedAt ? { usedAt: c.usedAt } : {}),
    ...(c.usedStoreId ? { usedStoreId: c.usedStoreId } : {}),
  }
}
