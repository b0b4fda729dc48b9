import { parseInstant } from '../time'
import { DEADLINE, activity, invite, ok, respond, slot } from './test-fixtures'
import type { Invite } from './types'

describe('respondToInvite: seats and waitlist', () => {
  it('accepts while seats are left', () => {
    const r = ok(respond({ invite: invite(), activity: activity({ capacity: 5 }) }))
    expect(r.invite.status).toBe('accepted')
    expect(r.activity.accepted).toEqual(['m1'])
  })

  it('with 5 seats and 30 accepts in turn: the first 5 are accepted, the other 25 waitlisted 1..25', () => {
    const members = Array.from({ length: 30 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`)
    let act = activity({ capacity: 5 })
    const answers: Invite[] = []
    for (const memberId of members) {
      const r = ok(respond({ invite: invite({ id: `inv-${memberId}` }), activity: act, memberId }))
      act = r.activity
      answers.push(r.invite)
    }
    expect(act.accepted).toEqual(['m01', 'm02', 'm03', 'm04', 'm05'])
    expect(answers.slice(0, 5).map((i) => [i.status, i.waitlistPosition])).toEqual([
      ['accepted', undefined], ['accepted', undefined], ['accepted', undefined], ['accepted', undefined], ['accepted', undefined],
    ])
    expect(answers.slice(5).every((i) => i.status === 'waitlisted')).toBe(true)
    expect(answers.slice(5).map((i) => i.waitlistPosition)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    ])
    expect(act.waitlist[0]).toBe('m06')
    expect(act.waitlist[24]).toBe('m30')
  })

  it('accepts everyone when the activity has no capacity', () => {
    const r = ok(respond({ invite: invite(), activity: activity({ accepted: ['a', 'b', 'c'] }) }))
    expect(r.invite.status).toBe('accepted')
  })

  it('a cancel by an accepted member promotes waitlist #1 and moves the rest up', () => {
    const act = activity({ capacity: 2, accepted: ['a', 'b'], waitlist: ['c', 'd', 'e'] })
    const r = ok(respond({ invite: invite({ status: 'accepted' }), activity: act, memberId: 'a', accept: false }))
    expect(r.invite.status).toBe('declined')
    expect(r.promoted).toBe('c')
    expect(r.activity.accepted).toEqual(['b', 'c'])
    expect(r.activity.waitlist).toEqual(['d', 'e'])
  })

  it('a cancel by a waitlisted member frees no seat and promotes nobody', () => {
    const act = activity({ capacity: 2, accepted: ['a', 'b'], waitlist: ['c', 'd', 'e'] })
    const r = ok(respond({ invite: invite({ status: 'waitlisted', waitlistPosition: 2 }), activity: act, memberId: 'd', accept: false }))
    expect(r.invite).toMatchObject({ status: 'declined' })
    expect(r.invite.waitlistPosition).toBeUndefined()
    expect(r.promoted).toBeUndefined()
    expect(r.activity.accepted).toEqual(['a', 'b'])
    expect(r.activity.waitlist).toEqual(['c', 'e'])
  })

  it('a cancel with an empty waitlist just frees the seat', () => {
    const r = ok(respond({ invite: invite({ status: 'accepted' }), activity: activity({ capacity: 2, accepted: ['m1', 'b'] }), accept: false }))
    expect(r.promoted).toBeUndefined()
    expect(r.activity.accepted).toEqual(['b'])
  })
})

describe('respondToInvite: answers that cannot be taken', () => {
  it('a decline of a pending invite is final: neither accept nor decline is taken afterwards', () => {
    const first = ok(respond({ invite: invite(), activity: activity({ capacity: 5 }), accept: false }))
    expect(first.invite.status).toBe('declined')
    expect(first.activity.accepted).toEqual([])
    for (const accept of [true, false]) {
      expect(respond({ invite: first.invite, activity: first.activity, accept })).toEqual({
        ok: false, status: 409, code: 'ALREADY_ANSWERED', message: '你已回复过这份邀请',
      })
    }
  })

  it('a second accept is 409 ALREADY_ANSWERED, whether accepted or waitlisted', () => {
    for (const status of ['accepted', 'waitlisted'] as const) {
      expect(respond({ invite: invite({ status }), activity: activity({ accepted: ['m1'] }) })).toMatchObject({ status: 409, code: 'ALREADY_ANSWERED' })
    }
  })

  it('takes an answer at exactly respondBy, and refuses 410 EXPIRED one millisecond later', () => {
    const atDeadline = parseInstant(DEADLINE)
    expect(respond({ invite: invite(), activity: activity(), now: atDeadline }).ok).toBe(true)
    expect(respond({ invite: invite(), activity: activity(), now: atDeadline + 1 })).toEqual({
      ok: false, status: 410, code: 'EXPIRED', message: '邀请已过回复截止时间',
    })
  })

  it('refuses a cancel after the deadline too', () => {
    const late = parseInstant('2026-11-25T16:00:00.000Z')
    const r = respond({ invite: invite({ status: 'accepted' }), activity: activity({ accepted: ['m1'] }), accept: false, now: late })
    expect(r).toMatchObject({ status: 410, code: 'EXPIRED' })
  })

  it('refuses 403 LEVEL_TOO_LOW to accept, but lets the member decline', () => {
    const gated = invite({ kind: 'beta_test', minLevelCode: 'cocreator' })
    expect(respond({ invite: gated, activity: activity(), levelCode: 'engager' })).toEqual({
      ok: false, status: 403, code: 'LEVEL_TOO_LOW', message: '达到「核心共创」等级后可接受这份邀请',
    })
    expect(ok(respond({ invite: gated, activity: activity(), levelCode: 'engager', accept: false })).invite.status).toBe('declined')
  })

  it('checks the level before the slot', () => {
    const act = activity({ slots: [slot('sat'), slot('sun')] })
    expect(respond({ invite: invite({ minLevelCode: 'cocreator' }), activity: act })).toMatchObject({ status: 403, code: 'LEVEL_TOO_LOW' })
  })
})

describe('respondToInvite: the level-up invitation', () => {
  const levelUp = (status: Invite['status']) => invite({ kind: 'level_up', minLevelCode: 'engager', status })

  it('once accepted, a no is 409 ALREADY_ACCEPTED, before and after the deadline', () => {
    for (const now of [parseInstant('2026-11-21T00:00:00Z'), parseInstant('2026-12-20T00:00:00Z')]) {
      expect(respond({ invite: levelUp('accepted'), activity: activity(), accept: false, now })).toMatchObject({ ok: false, status: 409, code: 'ALREADY_ACCEPTED' })
    }
  })

  it('a pending one can still be declined', () => {
    expect(ok(respond({ invite: levelUp('pending'), activity: activity(), accept: false })).invite.status).toBe('declined')
  })
})
