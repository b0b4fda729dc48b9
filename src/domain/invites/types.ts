import type { LevelCode } from '../levels'

export type InviteKind = 'beta_test' | 'workshop' | 'vip_event' | 'content' | 'governance' | 'level_up'

/** `waitlisted` is an accept that found the seats taken; `expired` a pending invite past its deadline. */
export type InviteStatus = 'pending' | 'accepted' | 'waitlisted' | 'declined' | 'expired'

export interface Slot {
  id: string
  label: string
  startsAt: string
  endsAt: string
  /** When set, the slot is its own pool of seats with its own waitlist (see seats.ts). */
  capacity?: number
}

/**
 * What all invited members share: seats and the waitlist. Arrays are in arrival order, which is
 * the order seats and promotions are given in.
 */
export interface Activity {
  id: string
  /** Seats for the whole activity (or for its slots without a capacity); absent = unlimited. */
  capacity?: number
  slots?: readonly Slot[]
  accepted: readonly string[]
  waitlist: readonly string[]
  /** The slot each member on `accepted` or `waitlist` chose; only for activities with slots. */
  slotOf?: Readonly<Record<string, string>>
}

export interface StaffRef {
  name: string
  title: string
}

/** One member's invitation to an activity. */
export interface Invite {
  id: string
  activityId: string
  kind: InviteKind
  title: string
  description: string
  fromStaff: StaffRef
  message: string
  /** ISO instant; answers are taken up to and including this millisecond. */
  respondBy: string
  minLevelCode: LevelCode
  status: InviteStatus
  slotId?: string
  /** 1-based, only while waitlisted. */
  waitlistPosition?: number
}
