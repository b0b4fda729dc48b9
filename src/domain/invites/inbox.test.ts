import { parseInstant } from '../time'
import { daysLeft, effectiveInviteStatus, isPastDeadline } from './deadline'
import { pendingCount, sortInvitesForInbox } from './inbox'
import { NOW, invite } from './test-fixtures'

// NOW is 2026-11-20T02:00:00Z = 2026-11-20 10:00 in Shanghai.

describe('effectiveInviteStatus', () => {
  it('reads a pending invite past its deadline as expired, and not at the deadline itself', () => {
    const due = invite({ respondBy: '2026-11-20T02:00:00.000Z' })
    expect(effectiveInviteStatus(due, NOW)).toBe('pending')
    expect(effectiveInviteStatus(due, NOW + 1)).toBe('expired')
  })

  it('keeps an answered invite as answered after the deadline', () => {
    expect(effectiveInviteStatus(invite({ status: 'accepted', respondBy: '2026-11-01T00:00:00Z' }), NOW)).toBe('accepted')
  })

  it('treats an unreadable deadline as passed', () => {
    expect(isPastDeadline('next week', NOW)).toBe(true)
  })
})

describe('daysLeft', () => {
  it('counts Shanghai calendar days: later today is 0, tomorrow 00:00 Shanghai is 1', () => {
    expect(daysLeft('2026-11-20T15:59:59.999Z', NOW)).toBe(0)
    expect(daysLeft('2026-11-20T16:00:00.000Z', NOW)).toBe(1)
    expect(daysLeft('2026-11-25T15:59:59.999Z', NOW)).toBe(5)
  })

  it('is negative once the deadline day has gone', () => {
    expect(daysLeft('2026-11-18T10:00:00+08:00', NOW)).toBe(-2)
  })
})

describe('sortInvitesForInbox and pendingCount', () => {
  const invites = [
    invite({ id: 'expired-old', respondBy: '2026-11-01T00:00:00Z' }),
    invite({ id: 'accepted', status: 'accepted', respondBy: '2026-11-28T00:00:00Z' }),
    invite({ id: 'pending-late', respondBy: '2026-12-10T00:00:00Z' }),
    invite({ id: 'declined', status: 'declined', respondBy: '2026-11-22T00:00:00Z' }),
    invite({ id: 'expired-recent', respondBy: '2026-11-19T00:00:00Z' }),
    invite({ id: 'pending-soon', respondBy: '2026-11-21T00:00:00Z' }),
    invite({ id: 'waitlisted', status: 'waitlisted', waitlistPosition: 3, respondBy: '2026-11-24T00:00:00Z' }),
  ]

  it('puts pending first by soonest deadline, then answered, then expired most recent first', () => {
    expect(sortInvitesForInbox(invites, NOW).map((i) => i.id)).toEqual([
      'pending-soon', 'pending-late', 'declined', 'waitlisted', 'accepted', 'expired-recent', 'expired-old',
    ])
  })

  it('does not reorder its input', () => {
    sortInvitesForInbox(invites, NOW)
    expect(invites[0].id).toBe('expired-old')
  })

  it('counts only invites still waiting for an answer', () => {
    expect(pendingCount(invites, NOW)).toBe(2)
    expect(pendingCount(invites, parseInstant('2026-11-21T00:00:00.001Z'))).toBe(1)
  })
})
