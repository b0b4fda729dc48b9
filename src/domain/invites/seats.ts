import type { Activity, Invite } from './types'

/**
 * Capacity decision: a slot that carries a capacity is its own pool of seats with its own
 * waitlist (a Saturday session filling up says nothing about Sunday's). Slots without a capacity,
 * and activities without slots, share one activity-wide pool sized by `activity.capacity`.
 * A pool without any capacity is unlimited. Membership of a pool follows `activity.slotOf`.
 */
const ACTIVITY_POOL = ''

function poolKey(activity: Activity, slotId: string | undefined): string {
  const slot = activity.slots?.find((s) => s.id === slotId)
  return slot?.capacity !== undefined ? slot.id : ACTIVITY_POOL
}

function poolCapacity(activity: Activity, key: string): number | undefined {
  if (key === ACTIVITY_POOL) return activity.capacity
  return activity.slots?.find((s) => s.id === key)?.capacity
}

/** The members of `list` that sit in the same pool as `slotId`, in order. */
export function inPool(activity: Activity, list: readonly string[], slotId: string | undefined): string[] {
  const key = poolKey(activity, slotId)
  return list.filter((memberId) => poolKey(activity, activity.slotOf?.[memberId]) === key)
}

/** Seats left in the pool of `slotId` (the activity-wide pool when omitted); null = unlimited. */
export function seatsLeft(activity: Activity, slotId?: string): number | null {
  const capacity = poolCapacity(activity, poolKey(activity, slotId))
  if (capacity === undefined) return null
  return Math.max(0, capacity - inPool(activity, activity.accepted, slotId).length)
}

/** 1-based place on the waitlist of the member's own pool; null when not waitlisted. */
export function waitlistPosition(activity: Activity, memberId: string): number | null {
  if (!activity.waitlist.includes(memberId)) return null
  return inPool(activity, activity.waitlist, activity.slotOf?.[memberId]).indexOf(memberId) + 1
}

/**
 * Re-reads an accepted or waitlisted invite from the activity, which is the source of truth:
 * after someone else's cancel the backend calls this for the promoted member and for everyone
 * whose waitlist position moved. Other statuses are returned as they are.
 */
export function syncInviteWithActivity(invite: Invite, activity: Activity, memberId: string): Invite {
  if (invite.status !== 'accepted' && invite.status !== 'waitlisted') return invite
  const { waitlistPosition: _old, ...rest } = invite
  if (activity.accepted.includes(memberId)) return { ...rest, status: 'accepted' }
  const position = waitlistPosition(activity, memberId)
  return position === null ? invite : { ...rest, status: 'waitlisted', waitlistPosition: position }
}
