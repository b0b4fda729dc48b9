import { dict } from './dict'
import type { InviteActivitySeats } from '../seeds/invites-types'

/**
 * State every member of one backend competes for. Later issues fill it; the slot exists now so
 * snapshots keep one shape.
 */
export interface SharedState {
  /** Coupon template id → stock left. */
  couponTemplateStock: Record<string, number>
  /** Invite activity id → member keys holding a seat, and waiting in order. */
  inviteActivities: Record<string, InviteActivitySeats>
  /** Limited-stock right id → stock left. */
  rightStock: Record<string, number>
  /** Anything else a later issue needs to share (redemption codes, idempotency keys). */
  extra: Record<string, unknown>
}

export function createSharedState(): SharedState {
  return { couponTemplateStock: dict(), inviteActivities: dict(), rightStock: dict(), extra: dict() }
}
