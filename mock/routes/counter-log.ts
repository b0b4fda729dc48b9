import { isMemberCode } from '../../src/domain/earning'
import type { DayLogKind } from '../../src/domain/counter'
import type { Backend } from '../db/backend'
import { parseMemberKey } from '../db/member-key'
import type { MemberState } from '../db/member-state'
import { couponShared } from '../seeds/coupons-state'
import { addEntry, counterShared } from '../seeds/counter-state'
import { earningShared } from '../seeds/earning-state'
import { memberMasked } from './counter-common'
import type { MockRequest, Route } from './types'

type Json = Record<string, unknown>
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {})
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const own = <T>(map: Record<string, T>, key: string | undefined): T | undefined =>
  key !== undefined && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined

function memberAt(backend: Backend, memberKey: string | undefined): MemberState | null {
  const key = memberKey ? parseMemberKey(memberKey) : null
  return key ? backend.member(key) : null
}

interface Line {
  kind: DayLogKind
  member: MemberState | null
  id?: string
  storeId?: string
  at?: string
  amountFen?: number
  couponTitle?: string
  couponIds?: string[]
  redemptionIds?: string[]
  orderId?: string
}

/** What a first answer (201) of an existing staff endpoint adds to its store's day. */
function lineOf(backend: Backend, req: MockRequest, path: string, answer: Json): Line | null {
  const request = obj(req.body)
  if (path === '/redemptions') {
    const r = obj(answer.redemption)
    const issued = own(couponShared(backend.shared).codes, str(request.code))
    const member = memberAt(backend, issued?.memberKey)
    const coupon = member?.coupons.find((c) => c.id === r.couponId)
    const couponId = str(r.couponId)
    const redemptionId = str(r.id)
    return {
      kind: 'redemption',
      member,
      id: redemptionId,
      storeId: str(r.storeId),
      at: str(r.redeemedAt),
      couponTitle: coupon?.title,
      couponIds: couponId ? [couponId] : [],
      redemptionIds: redemptionId ? [redemptionId] : [],
    }
  }
  const orders = earningShared(backend.shared).orders
  if (path === '/staff/purchases') {
    const p = obj(answer.purchase)
    const order = own(orders, str(p.orderId))
    return { kind: 'purchase', member: memberAt(backend, order?.memberKey), id: str(p.id), storeId: str(p.storeId), at: str(p.recordedAt), amountFen: Number(p.amountFen), orderId: str(p.orderId) }
  }
  if (path === '/staff/refunds') {
    const r = obj(answer.refund)
    const order = own(orders, str(r.orderId))
    return { kind: 'refund', member: memberAt(backend, order?.memberKey), id: str(r.id), storeId: str(r.storeId), at: str(r.refundedAt), amountFen: Number(r.amountFen), orderId: str(r.orderId) }
  }
  if (path === '/staff/check-ins') {
    const c = obj(answer.checkIn)
    const code = str(request.memberCode)
    const issued = code && isMemberCode(code) ? own(earningShared(backend.shared).memberCodes, code) : undefined
    return { kind: 'check-in', member: memberAt(backend, issued?.memberKey), id: str(c.id), storeId: str(c.storeId), at: str(c.checkedInAt) }
  }
  return null
}

/**
 * The store's day log also lists what the counter's older endpoints did (redemptions, purchases,
 * refunds, check-ins). Rather than each of those routes writing to the log, their first answers
 * (201; a replay is 200) are noted here, so the log lives in one place. Noting never changes the
 * answer: an answer it cannot read is simply not logged.
 */
export function withCounterLog(routes: readonly Route[]): Route[] {
  return routes.map((route) => ({
    ...route,
    handle: (ctx) => {
      const response = route.handle(ctx)
      if (response.status !== 201) return response
      try {
        const line = lineOf(ctx.backend, ctx.req, route.pattern, obj(response.body))
        if (line?.id && line.storeId && line.at) {
          const now = ctx.backend.now()
          addEntry(
            counterShared(ctx.backend.shared),
            {
              id: line.id,
              storeId: line.storeId,
              kind: line.kind,
              at: line.at,
              ...(Number.isFinite(line.amountFen) ? { amountFen: line.amountFen } : {}),
              ...(line.couponTitle ? { couponTitle: line.couponTitle } : {}),
              memberMasked: line.member ? memberMasked(line.member) : '会员',
              memberKey: line.member?.key ?? '',
              ...(line.orderId ? { orderId: line.orderId } : {}),
              ...(line.couponIds ? { couponIds: line.couponIds } : {}),
              ...(line.redemptionIds ? { redemptionIds: line.redemptionIds } : {}),
            },
            now,
          )
        }
      } catch {
        /* the action happened; a line the log could not note must not turn it into an error */
      }
      return response
    },
  }))
}
