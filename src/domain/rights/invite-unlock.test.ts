import { rightById } from './catalogue'
import { unlockingInvite, type HeldInvite } from './invite-unlock'

const NOW = Date.parse('2026-12-01T04:00:00Z')
const workshopSeat = rightById('r-workshop-seat')!
const betaSeat = rightById('r-beta-seat')!
const advisor = rightById('r-advisor')!

const invite = (over: Partial<HeldInvite> = {}): HeldInvite => ({
  id: 'inv-spring-workshop',
  kind: 'workshop',
  title: '春季新品共创研讨会',
  status: 'pending',
  endsAt: '2026-12-13T09:00:00Z',
  ...over,
})

describe('unlockingInvite', () => {
  it.each(['pending', 'accepted', 'waitlisted'] as const)('a %s workshop invite unlocks the workshop seat', (status) => {
    expect(unlockingInvite(workshopSeat, [invite({ status })], NOW)?.id).toBe('inv-spring-workshop')
  })

  it.each(['declined', 'expired'] as const)('a %s workshop invite unlocks nothing: the seat is locked again', (status) => {
    expect(unlockingInvite(workshopSeat, [invite({ status })], NOW)).toBeUndefined()
  })

  it('an invite of another kind unlocks neither seat it is not for nor a non-seat right', () => {
    expect(unlockingInvite(betaSeat, [invite()], NOW)).toBeUndefined()
    expect(unlockingInvite(advisor, [invite()], NOW)).toBeUndefined()
    expect(unlockingInvite(betaSeat, [invite({ kind: 'beta_test', id: 'inv-beta' })], NOW)?.id).toBe('inv-beta')
  })

  it('once the activity has ended the seat is no longer held', () => {
    const endsAt = '2026-12-01T04:00:00Z'
    expect(unlockingInvite(workshopSeat, [invite({ status: 'accepted', endsAt })], NOW - 1)).toBeDefined()
    expect(unlockingInvite(workshopSeat, [invite({ status: 'accepted', endsAt })], NOW)).toBeUndefined()
  })

  it('shows the strongest reason: an accepted invite before a pending one', () => {
    const held = unlockingInvite(workshopSeat, [invite({ id: 'a' }), invite({ id: 'b', status: 'accepted' })], NOW)
    expect(held?.id).toBe('b')
  })
})
