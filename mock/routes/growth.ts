import { monthTotals, parseInstant, shanghaiMonthOf, sortNewestFirst, summarizeGrowth } from '../../src/domain'
import type { Backend } from '../db/backend'
import type { MemberState } from '../db/member-state'
import { badRequest } from './errors'
import { decodeCursor, encodeCursor, isAfterCursor } from './event-cursor'
import { ok, type Route } from './types'

export const DEFAULT_EVENTS_LIMIT = 20
export const MAX_EVENTS_LIMIT = 50

/** The `/me/growth` body; the mock control endpoints answer with it too. */
export function growthBody(backend: Backend, member: MemberState) {
  return summarizeGrowth(member.held, member.ledger, backend.now())
}

/** Absent → default; above the maximum → the maximum; anything not a positive integer → 400. */
export function readLimit(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_EVENTS_LIMIT
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw badRequest(`limit 必须是 1 到 ${MAX_EVENTS_LIMIT} 的整数`)
  return Math.min(Number(raw), MAX_EVENTS_LIMIT)
}

export const growthRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/me/growth',
    handle: (ctx) => ok(growthBody(ctx.backend, ctx.member())),
  },
  {
    method: 'GET',
    pattern: '/me/growth/events',
    handle: (ctx) => {
      const limit = readLimit(ctx.req.query.limit)
      const cursor = ctx.req.query.cursor ? decodeCursor(ctx.req.query.cursor) : null
      const ledger = ctx.member().ledger
      const all = sortNewestFirst(ledger)
      const rest = cursor ? all.filter((event) => isAfterCursor(event, cursor)) : all
      const page = rest.slice(0, limit)
      const nextCursor = rest.length > limit ? encodeCursor(page[page.length - 1]) : null
      // Each month the page touches, totalled over the whole ledger: a month header is true from the first page.
      const pageMonths = [...new Set(page.map((e) => parseInstant(e.occurredAt)).filter(Number.isFinite).map(shanghaiMonthOf))]
      return ok({ events: page.map((event) => ({ ...event })), nextCursor, months: monthTotals(ledger, pageMonths) })
    },
  },
]
