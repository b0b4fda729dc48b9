import type { DayLogKind } from '../../src/domain/counter'
import { DAY_MS } from '../../src/domain/time'
import type { SharedState } from '../db/shared-state'

/**
 * One line of a store's day at the counter, as the backend keeps it. Public fields are what
 * GET /staff/log answers; the rest (member, coupons, order) lets a void find what to undo.
 */
export interface CounterEntry {
  id: string
  storeId: string
  kind: DayLogKind
  /** ISO instant, UTC. */
  at: string
  amountFen?: number
  couponTitle?: string
  couponCount?: number
  memberMasked: string
  memberKey: string
  orderId?: string
  couponIds?: string[]
  redemptionIds?: string[]
  /** On a void: the id of the redemption or checkout it undid. */
  voidOf?: string
  voidedAt?: string
}

/** A body idempotency key's first answer and the request it answered (compared on reuse). */
export interface KeptAnswer {
  request: string
  body: unknown
}

export interface CounterShared {
  /** Every store's entries in the order they happened. */
  entries: CounterEntry[]
  /** `${storeId}|${idempotencyKey}` → the first 201 (the prefix also keeps `__proto__` from ever being a key). */
  checkoutKeys: Record<string, KeptAnswer>
  voidKeys: Record<string, KeptAnswer>
  nextSeq: number
}

/** Entries older than this are dropped as new ones arrive, so the saved backend stays small. */
export const COUNTER_MEMORY_MS = 40 * DAY_MS

export function counterShared(shared: SharedState): CounterShared {
  const slot = (shared.extra.counter ?? {}) as Partial<CounterShared>
  const value: CounterShared = {
    entries: Array.isArray(slot.entries) ? slot.entries : [],
    checkoutKeys: slot.checkoutKeys ?? {},
    voidKeys: slot.voidKeys ?? {},
    nextSeq: slot.nextSeq ?? 1,
  }
  shared.extra.counter = value
  return value
}

/** Own entries only: a plain object's inherited names (`constructor`, …) are never an answer. */
export function keptAnswer(map: Record<string, KeptAnswer>, slot: string): KeptAnswer | undefined {
  return Object.prototype.hasOwnProperty.call(map, slot) ? map[slot] : undefined
}

export function nextCounterId(state: CounterShared, prefix: string): string {
  return `${prefix}-${String(state.nextSeq++).padStart(6, '0')}`
}

export function addEntry(state: CounterShared, entry: CounterEntry, now: number): CounterEntry {
  state.entries = state.entries.filter((e) => now - Date.parse(e.at) < COUNTER_MEMORY_MS)
  state.entries.push(entry)
  return entry
}

/** Key order does not make two requests different (like the header keys of routes/idempotency.ts). */
export function canonicalRequest(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort)
    if (typeof v !== 'object' || v === null) return v
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
    )
  }
  return JSON.stringify(sort(value ?? {}))
}
