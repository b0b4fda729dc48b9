import type { Dimension } from './levels'
import { DAY_MS, parseInstant, startOfShanghaiDay, type Instant } from './time'

export type GrowthEventType = 'purchase' | 'refund' | 'interaction' | 'share'

export interface GrowthEvent {
  id: string
  type: GrowthEventType
  /** Purchases and refunds only; always positive, a refund subtracts it. */
  amountFen?: number
  title: string
  occurredAt: string
}

export type Totals = Record<Dimension, number>

export const DEFAULT_WINDOW_DAYS = 365

export interface GrowthWindow {
  from: Instant
  to: Instant
}

/**
 * The rolling window is the last `days` Shanghai calendar days, today included: it opens at
 * Shanghai midnight so that a member reads the same totals all day long.
 */
export function windowAt(now: Instant, days = DEFAULT_WINDOW_DAYS): GrowthWindow {
  return { from: startOfShanghaiDay(now) - (days - 1) * DAY_MS, to: now }
}

export function inWindow(event: GrowthEvent, window: GrowthWindow): boolean {
  const at = parseInstant(event.occurredAt)
  return at >= window.from && at <= window.to
}

/** Totals over the window; refunds lower spend but spend never shows below zero. */
export function totalsInWindow(events: readonly GrowthEvent[], window: GrowthWindow): Totals {
  const totals: Totals = { spendFen: 0, interactions: 0, shares: 0 }
  for (const event of events) {
    if (!inWindow(event, window)) continue
    switch (event.type) {
      case 'purchase':
        // A purchase carries its amount as is (a negative purchase is a refund in disguise).
        totals.spendFen += fenOf(event)
        break
      case 'refund':
        // Refunds lower spend whichever sign the amount was written with.
        totals.spendFen -= Math.abs(fenOf(event))
        break
      case 'interaction':
        totals.interactions += 1
        break
      case 'share':
        totals.shares += 1
        break
    }
  }
  totals.spendFen = Math.max(0, totals.spendFen)
  return totals
}

function fenOf(event: GrowthEvent): number {
  const fen = event.amountFen
  return typeof fen === 'number' && Number.isFinite(fen) ? fen : 0
}

/** Newest first; ties keep a stable order by id so paging with a cursor never skips. */
export function sortNewestFirst(events: readonly GrowthEvent[]): GrowthEvent[] {
  return [...events].sort((a, b) => {
    const diff = parseInstant(b.occurredAt) - parseInstant(a.occurredAt)
    return diff !== 0 ? diff : b.id < a.id ? -1 : b.id > a.id ? 1 : 0
  })
}
