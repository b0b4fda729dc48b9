import { LEVELS, supportedLevel, totalsInWindow, windowAt } from '../../src/domain'
import { parseMemberKey } from '../db'
import { call, FIXED_NOW, fixedBackend } from '../test-support/call'
import { PERSONA_DESCRIPTIONS, PERSONA_IDS, seedMember } from '.'

const growthOf = (persona: string) => call(fixedBackend(), 'GET /me/growth', { persona }).body

describe('personas', () => {
  it('lists the six contract personas, each with a Chinese description', () => {
    expect(PERSONA_IDS).toEqual(['newcomer', 'first-buyer', 'active', 'cocreator', 'at-risk', 'coupon-rich'])
    for (const id of PERSONA_IDS) expect(PERSONA_DESCRIPTIONS[id]).toMatch(/[\u4e00-\u9fa5]/)
  })

  it.each([
    ['newcomer', 'explorer'],
    ['first-buyer', 'experiencer'],
    ['active', 'engager'],
    ['cocreator', 'cocreator'],
    ['at-risk', 'engager'],
    ['coupon-rich', 'engager'],
  ])('%s holds %s', (persona, level) => {
    expect(growthOf(persona).levelCode).toBe(level)
    expect(call(fixedBackend(), 'GET /me', { persona }).body.member.levelCode).toBe(level)
  })

  it('seeds ledgers that really support the held level through the domain (at-risk excepted by design)', () => {
    for (const id of PERSONA_IDS) {
      const member = seedMember(parseMemberKey(id)!, FIXED_NOW)
      const totals = totalsInWindow(member.ledger, windowAt(FIXED_NOW))
      const supported = supportedLevel(totals, member.held.invitedTo).code
      expect([id, supported]).toEqual([id, id === 'at-risk' ? 'experiencer' : member.held.levelCode])
    }
  })

  it('newcomer joined this week and has not bought', () => {
    const body = growthOf('newcomer')
    expect(body.totals.spendFen).toBe(0)
    expect(body.levelExpiresAt).toBeNull()
    const member = call(fixedBackend(), 'GET /me', { persona: 'newcomer' }).body.member
    expect(FIXED_NOW - Date.parse(member.joinedAt)).toBeLessThan(7 * 86_400_000)
  })

  it('first-buyer has exactly one purchase', () => {
    const { events } = call(fixedBackend(), 'GET /me/growth/events', { persona: 'first-buyer', query: { limit: '50' } }).body
    expect(events.filter((e: { type: string }) => e.type === 'purchase')).toHaveLength(1)
    expect(growthOf('first-buyer').totals.spendFen).toBe(12_900)
  })

  it('active meets interactions, is close on spend and further on shares toward co-creator', () => {
    const body = growthOf('active')
    expect(body.nextLevelCode).toBe('cocreator')
    expect(body.progress).toEqual([
      { dimension: 'spendFen', current: 735_000, target: 800_000 },
      { dimension: 'interactions', current: 86, target: 80 },
      { dimension: 'shares', current: 12, target: 20 },
    ])
    expect(body.eligibleForNext).toBe(false)
    expect(body.retention.atRisk).toBe(false)
  })

  it('cocreator holds the top level by invitation and meets its criteria', () => {
    const body = growthOf('cocreator')
    const criteria = LEVELS[3].criteria!
    expect(body.nextLevelCode).toBeNull()
    expect(body.totals.spendFen).toBeGreaterThanOrEqual(criteria.spendFen!)
    expect(body.totals.interactions).toBeGreaterThanOrEqual(criteria.interactions!)
    expect(body.totals.shares).toBeGreaterThanOrEqual(criteria.shares!)
    expect(seedMember(parseMemberKey('cocreator')!, FIXED_NOW).held.invitedTo).toEqual(['cocreator'])
  })

  it('at-risk expires within 30 days and its window keeps none of the engager thresholds', () => {
    const body = growthOf('at-risk')
    const daysLeft = (Date.parse(body.levelExpiresAt) - FIXED_NOW) / 86_400_000
    expect(daysLeft).toBeGreaterThan(0)
    expect(daysLeft).toBeLessThanOrEqual(30)
    expect(body.retention.atRisk).toBe(true)
    expect(body.retention.needed).toEqual([
      { dimension: 'spendFen', current: 86_000, target: 200_000 },
      { dimension: 'interactions', current: 12, target: 30 },
      { dimension: 'shares', current: 2, target: 5 },
    ])
  })

  it('copies get their own id, nickname suffix and phone digits', () => {
    const backend = fixedBackend()
    const copy = call(backend, 'GET /me', { persona: 'active~7' }).body.member
    expect(copy).toMatchObject({ id: 'active~7', nickname: '林晓雨 7号', phoneMasked: '138****0007', levelCode: 'engager' })
  })
})
