import { claimability, issueRefusal } from './claim'
import { makeTemplate, sh } from './test-fixtures'

const template = makeTemplate({ minLevelCode: 'engager', perMemberLimit: 2 })
const open = { levelCode: 'engager' as const, claimedByMe: 0, stockLeft: 10, now: sh('2026-11-15T12:00:00') }

describe('claimability', () => {
  it('is claimable when nothing stands in the way, at either edge of the window', () => {
    expect(claimability(template, open)).toEqual({ claimable: true })
    expect(claimability(template, { ...open, levelCode: 'cocreator' })).toEqual({ claimable: true })
    expect(claimability(template, { ...open, now: sh('2026-11-01T00:00:00') }).claimable).toBe(true)
    expect(claimability(template, { ...open, now: sh('2026-11-30T23:59:59') }).claimable).toBe(true)
  })

  it.each([
    ['LEVEL_TOO_LOW', { levelCode: 'experiencer' as const }],
    ['SOLD_OUT', { stockLeft: 0 }],
    ['LIMIT_REACHED', { claimedByMe: 2 }],
    ['NOT_IN_WINDOW', { now: sh('2026-12-01T00:00:00') }],
    ['NOT_IN_WINDOW', { now: sh('2026-10-31T23:59:59') }],
  ])('reports %s alone', (reason, over) => {
    expect(claimability(template, { ...open, ...over })).toEqual({ claimable: false, reason })
  })

  it('puts LIMIT_REACHED before everything: a member who holds it sees "claimed", even after a downgrade', () => {
    const all = { levelCode: 'explorer' as const, claimedByMe: 2, stockLeft: 0, now: sh('2026-12-05T00:00:00') }
    expect(claimability(template, all)).toEqual({ claimable: false, reason: 'LIMIT_REACHED' })
  })

  it('puts NOT_IN_WINDOW before SOLD_OUT before LEVEL_TOO_LOW', () => {
    const low = { ...open, levelCode: 'explorer' as const }
    expect(claimability(template, { ...low, stockLeft: 0, now: sh('2026-12-05T00:00:00') })).toEqual({ claimable: false, reason: 'NOT_IN_WINDOW' })
    expect(claimability(template, { ...low, stockLeft: 0 })).toEqual({ claimable: false, reason: 'SOLD_OUT' })
    expect(claimability(template, low)).toEqual({ claimable: false, reason: 'LEVEL_TOO_LOW' })
  })

  it('treats an unreadable window as closed', () => {
    const broken = makeTemplate({ claimWindow: { from: '2026-11-01', to: '2026-11-30' } })
    expect(claimability(broken, { ...open, levelCode: 'cocreator' })).toEqual({ claimable: false, reason: 'NOT_IN_WINDOW' })
  })
})

describe('issueRefusal (every way a coupon arrives)', () => {
  it('refuses past the per-member limit before looking at stock, and when stock is gone', () => {
    expect(issueRefusal(template, { claimedByMe: 1, stockLeft: 5 })).toBeNull()
    expect(issueRefusal(template, { claimedByMe: 2, stockLeft: 0 })).toBe('LIMIT_REACHED')
    expect(issueRefusal(template, { claimedByMe: 0, stockLeft: 0 })).toBe('SOLD_OUT')
  })

  it('ignores level and claim window: those are the claim centre’s own gates', () => {
    expect(issueRefusal(template, { claimedByMe: 0, stockLeft: 1 })).toBeNull()
    expect(claimability(template, { ...open, levelCode: 'explorer' })).toEqual({ claimable: false, reason: 'LEVEL_TOO_LOW' })
  })
})
