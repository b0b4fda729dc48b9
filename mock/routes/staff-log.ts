import { dayTotals, shanghaiDayBounds, voidBlock, VOID_WINDOW_MS } from '../../src/domain/counter'
import { shanghaiDateOf } from '../../src/domain/earning'
import { toIso } from '../../src/domain/time'
import { counterShared, type CounterEntry } from '../seeds/counter-state'
import { badRequest } from './errors'
import { requireStaff } from './staff'
import { ok, type Route, type RouteContext } from './types'

/** What the log shows of an entry: never the member's key, the coupons' ids or the order behind a void. */
function publicEntry(e: CounterEntry, storeId: string, now: number) {
  const undoable = e.kind === 'redemption' || e.kind === 'checkout'
  const at = Date.parse(e.at)
  return {
    id: e.id,
    at: e.at,
    kind: e.kind,
    ...(e.amountFen !== undefined ? { amountFen: e.amountFen } : {}),
    ...(e.couponTitle ? { couponTitle: e.couponTitle } : {}),
    ...(e.couponCount !== undefined ? { couponCount: e.couponCount } : {}),
    ...(e.orderId ? { orderId: e.orderId } : {}),
    memberMasked: e.memberMasked,
    voidable: undoable && voidBlock({ storeId: e.storeId, at, voidedAt: e.voidedAt }, storeId, now) === null,
    ...(undoable ? { voidableUntil: toIso(at + VOID_WINDOW_MS) } : {}),
    ...(e.voidedAt ? { voidedAt: e.voidedAt } : {}),
    ...(e.voidOf ? { voidOf: e.voidOf } : {}),
  }
}

/** GET /staff/log?date=YYYY-MM-DD: the signed-in store's Shanghai day, newest first, with its totals. */
function dayLog(ctx: RouteContext) {
  const staff = requireStaff(ctx)
  const now = ctx.backend.now()
  const raw = ctx.req.query.date
  const date = raw === undefined || raw === '' ? shanghaiDateOf(now) : raw
  const bounds = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? shanghaiDayBounds(date) : null
  if (!bounds) throw badRequest('date 必须是 YYYY-MM-DD 格式的日期')
  const day = counterShared(ctx.backend.shared).entries.filter((e) => {
    const at = Date.parse(e.at)
    return e.storeId === staff.storeId && at >= bounds.from && at <= bounds.to
  })
  const entries = day.map((e) => publicEntry(e, staff.storeId, now)).reverse()
  return ok({ date, storeId: staff.storeId, entries, totals: dayTotals(day) })
}

export const staffLogRoutes: Route[] = [{ method: 'GET', pattern: '/staff/log', handle: dayLog }]
