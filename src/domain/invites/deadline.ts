import { parseInstant, shanghaiDaysBetween, type Instant } from '../time'
import type { Invite, InviteStatus } from './types'

/**
 * Answers are taken up to and including the respondBy millisecond, by the backend's clock.
 * An unreadable deadline counts as passed: a broken seed must not leave an invite open forever.
 */
export function isPastDeadline(respondBy: string, now: Instant): boolean {
  return !(now <= parseInstant(respondBy))
}

/** What the member sees: a pending invite past its deadline reads as expired. */
export function effectiveInviteStatus(invite: Invite, now: Instant): InviteStatus {
  return invite.status === 'pending' && isPastDeadline(invite.respondBy, now) ? 'expired' : invite.status
}

/** Shanghai calendar days from today to the deadline's day: 0 = due today, negative = past. */
export function daysLeft(respondBy: string, now: Instant): number {
  return shanghaiDaysBetween(now, parseInstant(respondBy))
}
