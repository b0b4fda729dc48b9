import type { Instant } from '../time'

/** A redemption or a checkout can be undone by its own store for this long (DOMAIN: 10 minutes). */
export const VOID_WINDOW_MS = 10 * 60 * 1000

export type VoidBlock = 'ALREADY_VOIDED' | 'STORE_MISMATCH' | 'VOID_WINDOW_PASSED'

export interface Voidable {
  storeId: string
  /** When it was recorded (epoch ms). */
  at: Instant
  voidedAt?: string
}

/**
 * Why `store` cannot void this at `now`, or null when it can. Already voided is said first (the
 * clerk's own earlier undo), then another store, then the window: the window closes at exactly
 * ten minutes, so 09:59.999 is still in time and 10:00.000 is not.
 */
export function voidBlock(target: Voidable, store: string, now: Instant): VoidBlock | null {
  if (target.voidedAt) return 'ALREADY_VOIDED'
  if (target.storeId !== store) return 'STORE_MISMATCH'
  if (!(now - target.at < VOID_WINDOW_MS)) return 'VOID_WINDOW_PASSED'
  return null
}

/** Milliseconds left to undo, never below zero (the counter counts it down). */
export function voidTimeLeft(at: Instant, now: Instant): number {
  return Math.max(0, at + VOID_WINDOW_MS - now)
}
