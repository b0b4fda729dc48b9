/**
 * A community event's seats, shared by every member of one backend. Plain data in, plain data
 * out: the caller reads, decides and writes with no await in between, which is what makes racing
 * sign-ups safe (n sign-ups on k seats: k registered, the rest waiting in arrival order).
 */
export interface EventSeats {
  /** Member keys holding a seat, in the order they got it. */
  registered: string[]
  /** Member keys waiting, first in line first. */
  waitlist: string[]
  /** Member keys checked in at the counter. */
  attended: string[]
}

export type MyEventStatus = 'none' | 'registered' | 'waitlisted' | 'attended'
export type EventStatus = 'open' | 'full' | 'closed'

export const emptySeats = (): EventSeats => ({ registered: [], waitlist: [], attended: [] })

export function seatsLeftOf(seats: EventSeats, capacity: number): number {
  return Math.max(0, capacity - seats.registered.length)
}

export function myStatusOf(seats: EventSeats, memberKey: string): { myStatus: MyEventStatus; waitlistPosition?: number } {
  if (seats.attended.includes(memberKey)) return { myStatus: 'attended' }
  if (seats.registered.includes(memberKey)) return { myStatus: 'registered' }
  const at = seats.waitlist.indexOf(memberKey)
  return at >= 0 ? { myStatus: 'waitlisted', waitlistPosition: at + 1 } : { myStatus: 'none' }
}

/** Sign-ups close when the event starts. */
export function eventStatusOf(seats: EventSeats, capacity: number, startsAt: number, now: number): EventStatus {
  if (!(now < startsAt)) return 'closed'
  return seatsLeftOf(seats, capacity) > 0 ? 'open' : 'full'
}

export type SeatRefusal =
  | { ok: false; status: 409; code: 'ALREADY_REGISTERED'; message: string }
  | { ok: false; status: 410; code: 'CLOSED'; message: string }
  | { ok: false; status: 409; code: 'NOT_REGISTERED'; message: string }

export type RegisterResult = { ok: true; seats: EventSeats; status: 'registered' | 'waitlisted'; waitlistPosition?: number } | SeatRefusal

export function register(seats: EventSeats, capacity: number, memberKey: string, closed: boolean): RegisterResult {
  if (closed) return { ok: false, status: 410, code: 'CLOSED', message: '活动已开始或已结束，报名已截止' }
  if (myStatusOf(seats, memberKey).myStatus !== 'none') return { ok: false, status: 409, code: 'ALREADY_REGISTERED', message: '你已经报过名了' }
  if (seatsLeftOf(seats, capacity) > 0) {
    return { ok: true, seats: { ...seats, registered: [...seats.registered, memberKey] }, status: 'registered' }
  }
  const waitlist = [...seats.waitlist, memberKey]
  return { ok: true, seats: { ...seats, waitlist }, status: 'waitlisted', waitlistPosition: waitlist.length }
}

export type CancelResult = { ok: true; seats: EventSeats; promoted?: string } | SeatRefusal

/** A freed seat goes to the first in line; leaving the waitlist just moves the others up. */
export function cancel(seats: EventSeats, capacity: number, memberKey: string, closed: boolean): CancelResult {
  const { myStatus } = myStatusOf(seats, memberKey)
  if (myStatus === 'none' || myStatus === 'attended') return { ok: false, status: 409, code: 'NOT_REGISTERED', message: '你没有报名这场活动' }
  if (closed) return { ok: false, status: 410, code: 'CLOSED', message: '活动已开始，不能再取消报名' }
  if (myStatus === 'waitlisted') return { ok: true, seats: { ...seats, waitlist: seats.waitlist.filter((k) => k !== memberKey) } }
  const registered = seats.registered.filter((k) => k !== memberKey)
  if (registered.length >= capacity || seats.waitlist.length === 0) return { ok: true, seats: { ...seats, registered } }
  const [promoted, ...waitlist] = seats.waitlist
  return { ok: true, seats: { ...seats, registered: [...registered, promoted], waitlist }, promoted }
}

export type CheckInResult = { ok: true; seats: EventSeats } | { ok: false; status: 409; code: 'NOT_REGISTERED' | 'ALREADY_CHECKED_IN'; message: string }

/** Only a member holding a seat is checked in, once. */
export function checkIn(seats: EventSeats, memberKey: string): CheckInResult {
  const { myStatus } = myStatusOf(seats, memberKey)
  if (myStatus === 'attended') return { ok: false, status: 409, code: 'ALREADY_CHECKED_IN', message: '这位会员已经签到过了' }
  if (myStatus !== 'registered') return { ok: false, status: 409, code: 'NOT_REGISTERED', message: '这位会员没有报名成功这场活动（未报名或仍在候补），不能签到' }
  return { ok: true, seats: { ...seats, attended: [...seats.attended, memberKey] } }
}
