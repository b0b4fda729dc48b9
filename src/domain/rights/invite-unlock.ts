import type { InviteKind, InviteStatus } from '../invites'
import { parseInstant, type Instant } from '../time'
import type { Right, RightKind } from './catalogue'

/**
 * Seat rights are allotted through co-creation invites (see catalogue.ts): an invite of the
 * matching kind puts the seat in the member's hand whatever their level.
 */
export const SEAT_INVITE_KIND: Partial<Record<RightKind, InviteKind>> = {
  workshop_seat: 'workshop',
  beta_seat: 'beta_test',
}

/** An invite as the member sees it now: `status` already reads `expired` past the deadline. */
export interface HeldInvite {
  id: string
  kind: InviteKind
  title: string
  status: InviteStatus
  /** When the activity (its last slot) ends; the seat is the member's until then. */
  endsAt: string
}

/**
 * Statuses in which the member holds the invite: still to answer, coming, or waiting for a seat.
 * Declined and expired invites hand the seat back, so the right is locked again.
 */
const HOLDING: readonly InviteStatus[] = ['pending', 'accepted', 'waitlisted']

/**
 * The invite that unlocks a seat right for a member whose level does not, or undefined.
 * An accepted invite comes before a waitlisted one and that before a pending one, so the member
 * is shown the strongest reason; an activity that has ended unlocks nothing any more.
 */
export function unlockingInvite(right: Right, invites: readonly HeldInvite[], now: Instant): HeldInvite | undefined {
  const kind = SEAT_INVITE_KIND[right.kind]
  if (!kind) return undefined
  return invites
    .filter((i) => i.kind === kind && HOLDING.includes(i.status) && now < parseInstant(i.endsAt))
    .sort((a, b) => strength(b.status) - strength(a.status))[0]
}

function strength(status: InviteStatus): number {
  return status === 'accepted' ? 2 : status === 'waitlisted' ? 1 : 0
}
