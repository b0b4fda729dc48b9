import { activity, invite, ok, respond, slot } from './test-fixtures'

describe('respondToInvite: slots', () => {
  it('requires a slot (422) when the activity has several', () => {
    expect(respond({ invite: invite(), activity: activity({ slots: [slot('sat'), slot('sun')] }) })).toEqual({
      ok: false, status: 422, code: 'SLOT_REQUIRED', message: '请先选择一个场次',
    })
  })

  it('refuses an unknown slot as a bad request (400)', () => {
    const r = respond({ invite: invite(), activity: activity({ slots: [slot('sat'), slot('sun')] }), slotId: 'mon' })
    expect(r).toMatchObject({ status: 400, code: 'SLOT_UNKNOWN', message: '所选场次不存在' })
  })

  it('records the chosen slot on the invite and the activity', () => {
    const r = ok(respond({ invite: invite(), activity: activity({ slots: [slot('sat'), slot('sun')] }), slotId: 'sun' }))
    expect(r.invite.slotId).toBe('sun')
    expect(r.activity.slotOf).toEqual({ m1: 'sun' })
  })

  it('takes the only slot without asking', () => {
    const r = ok(respond({ invite: invite(), activity: activity({ slots: [slot('sat')] }) }))
    expect(r.invite.slotId).toBe('sat')
  })

  it('does not need a slot to decline', () => {
    expect(ok(respond({ invite: invite(), activity: activity({ slots: [slot('sat'), slot('sun')] }), accept: false })).invite.status).toBe('declined')
  })

  it('fills and waitlists each slot that has a capacity on its own', () => {
    const act = activity({ slots: [slot('sat', 1), slot('sun', 1)], accepted: ['a'], slotOf: { a: 'sat' } })
    const sun = ok(respond({ invite: invite(), activity: act, memberId: 'b', slotId: 'sun' }))
    expect(sun.invite.status).toBe('accepted')
    const sat = ok(respond({ invite: invite(), activity: sun.activity, memberId: 'c', slotId: 'sat' }))
    expect(sat.invite).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, slotId: 'sat' })
  })

  it('promotes from the cancelling member’s own slot, not another slot’s waitlist', () => {
    const act = activity({
      slots: [slot('sat', 1), slot('sun', 1)],
      accepted: ['a', 'b'], waitlist: ['x', 'y'],
      slotOf: { a: 'sat', b: 'sun', x: 'sat', y: 'sun' },
    })
    const r = ok(respond({ invite: invite({ status: 'accepted', slotId: 'sun' }), activity: act, memberId: 'b', accept: false }))
    expect(r.promoted).toBe('y')
    expect(r.activity.accepted).toEqual(['a', 'y'])
    expect(r.activity.waitlist).toEqual(['x'])
    expect(r.activity.slotOf).toEqual({ a: 'sat', x: 'sat', y: 'sun' })
  })
})
