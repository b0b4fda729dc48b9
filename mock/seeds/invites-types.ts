import type { Invite, Slot } from '../../src/domain/invites'

/**
 * One member's invitation as the fake backend keeps it (in `MemberState.inviteAnswers`, keyed by
 * invite id). Times are materialised when the member is seeded or the invite is issued, so a
 * persona reads the same whatever the clock says. For accepted/waitlisted invites the shared
 * activity (`SharedState.inviteActivities`) is the source of truth; `status` here is the member's
 * last own answer.
 */
export interface MemberInvite extends Omit<Invite, 'waitlistPosition'> {
  location: string
  startsAt: string
  endsAt: string
  slots?: Slot[]
  capacity?: number
  benefits: string[]
  bring: string[]
  checkIn: string
  issuedAt: string
  answeredAt?: string
  attendedAt?: string
}

/** Seats of one activity, shared by every member of a backend. Arrays are in arrival order. */
export interface InviteActivitySeats {
  seated: string[]
  waitlist: string[]
  /** Member key → chosen slot id, for activities with slots. */
  slotOf?: Record<string, string>
}
