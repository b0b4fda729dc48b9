import { seatsLeft, syncInviteWithActivity, waitlistPosition } from './seats'
import { activity, invite, ok, respond, slot } from './test-fixtures'

describe('seatsLeft', () => {
  it('counts seats left, never below zero, and null when unlimited', () => {
    expect(seatsLeft(activity({ capacity: 5, accepted: ['a', 'b'] }))).toBe(3)
    expect(seatsLeft(activity({ capacity: 1, accepted: ['a', 'b'] }))).toBe(0)
    expect(seatsLeft(activity({ accepted: ['a'] }))).toBeNull()
  })

  it('counts a slot with a capacity as its own pool', () => {
    const act = activity({ capacity: 10, slots: [slot('sat', 2), slot('sun', 3)], accepted: ['a', 'b', 'c'], slotOf: { a: 'sat', b: 'sun', c: 'sun' } })
    expect(seatsLeft(act, 'sat')).toBe(1)
    expect(seatsLeft(act, 'sun')).toBe(1)
  })

  it('counts slots without a capacity against the activity-wide capacity, together', () => {
    const act = activity({ capacity: 3, slots: [slot('sat'), slot('sun'), slot('vip', 1)], accepted: ['a', 'b', 'c'], slotOf: { a: 'sat', b: 'sun', c: 'vip' } })
    expect(seatsLeft(act, 'sat')).toBe(1)
    expect(seatsLeft(act, 'sun')).toBe(1)
    expect(seatsLeft(act)).toBe(1)
    expect(seatsLeft(act, 'vip')).toBe(0)
  })
})

describe('waitlistPosition', () => {
  it('is 1-based, null for someone not waiting', () => {
    const act = activity({ capacity: 1, accepted: ['a'], waitlist: ['b', 'c'] })
    expect(waitlistPosition(act, 'b')).toBe(1)
    expect(waitlistPosition(act, 'c')).toBe(2)
    expect(waitlistPosition(act, 'a')).toBeNull()
  })

  it('counts within the member’s own slot', () => {
    const act = activity({ slots: [slot('sat', 1), slot('sun', 1)], accepted: ['a', 'b'], waitlist: ['x', 'y', 'z'], slotOf: { a: 'sat', b: 'sun', x: 'sat', y: 'sun', z: 'sat' } })
    expect(waitlistPosition(act, 'x')).toBe(1)
    expect(waitlistPosition(act, 'y')).toBe(1)
    expect(waitlistPosition(act, 'z')).toBe(2)
  })
})

describe('after a cancel, syncInviteWithActivity', () => {
  const before = activity({ capacity: 2, accepted: ['a', 'b'], waitlist: ['c', 'd', 'e'] })
  const after = ok(respond({ invite: invite({ status: 'accepted' }), activity: before, memberId: 'a', accept: false })).activity

  it('tells the promoted member they are accepted', () => {
    const was = invite({ status: 'waitlisted', waitlistPosition: 1 })
    const now = syncInviteWithActivity(was, after, 'c')
    expect(now.status).toBe('accepted')
    expect(now.waitlistPosition).toBeUndefined()
  })

  it('moves everyone behind them up one place', () => {
    expect(syncInviteWithActivity(invite({ status: 'waitlisted', waitlistPosition: 2 }), after, 'd').waitlistPosition).toBe(1)
    expect(syncInviteWithActivity(invite({ status: 'waitlisted', waitlistPosition: 3 }), after, 'e').waitlistPosition).toBe(2)
  })

  it('leaves pending and declined invites alone', () => {
    const declined = invite({ status: 'declined' })
    expect(syncInviteWithActivity(declined, after, 'a')).toBe(declined)
  })
})
