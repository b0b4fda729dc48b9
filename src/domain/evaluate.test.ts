import { resolveHeldLevel, summarizeGrowth, supportedLevel, termEnd, type HeldLevel } from './evaluate'
import type { GrowthEvent, Totals } from './ledger'

const at = (isoZ: string) => Date.parse(isoZ)
const totals = (spendFen: number, interactions: number, shares: number): Totals => ({ spendFen, interactions, shares })

let seq = 0
function ev(type: GrowthEvent['type'], occurredAt: string, amountFen?: number): GrowthEvent {
  seq += 1
  return { id: `e${seq}`, type, amountFen, title: type, occurredAt }
}
function many(n: number, type: 'interaction' | 'share', occurredAt: string): GrowthEvent[] {
  return Array.from({ length: n }, () => ev(type, occurredAt))
}
/** Enough for engager (5 shares) after a first purchase (experiencer), all at one instant. */
const engagerAt = (iso: string) => [ev('purchase', iso, 100), ...many(5, 'share', iso)]
/** Exactly the co-creator thresholds. */
const cocreatorAt = (iso: string) => [ev('purchase', iso, 800_000), ...many(80, 'interaction', iso), ...many(20, 'share', iso)]

const held = (levelCode: HeldLevel['levelCode'], expiresAt: string | null, invitedTo: HeldLevel['invitedTo'] = []): HeldLevel => ({
  levelCode,
  expiresAt: expiresAt === null ? null : at(expiresAt),
  invitedTo,
})

describe('supportedLevel', () => {
  it('an empty ledger supports the entry level', () => {
    expect(supportedLevel(totals(0, 0, 0), []).code).toBe('explorer')
  })

  it('a first purchase of exactly ¥1 supports experiencer; one fen less does not', () => {
    expect(supportedLevel(totals(100, 0, 0), []).code).toBe('experiencer')
    expect(supportedLevel(totals(99, 0, 0), []).code).toBe('explorer')
  })

  it('engager is reached on any one dimension', () => {
    expect(supportedLevel(totals(200_000, 0, 0), []).code).toBe('engager')
    expect(supportedLevel(totals(100, 30, 0), []).code).toBe('engager')
    expect(supportedLevel(totals(100, 0, 5), []).code).toBe('engager')
    expect(supportedLevel(totals(199_999, 29, 4), []).code).toBe('experiencer')
  })

  it('levels are a path: without the first purchase, community activity alone does not skip experiencer', () => {
    expect(supportedLevel(totals(0, 30, 5), []).code).toBe('explorer')
  })

  it('stops below the invite-gated top level without an invite, passes it with one', () => {
    expect(supportedLevel(totals(800_000, 80, 20), []).code).toBe('engager')
    expect(supportedLevel(totals(800_000, 80, 20), ['cocreator']).code).toBe('cocreator')
  })

  it('an invite alone is not enough: one fen short of the criteria stays engager', () => {
    expect(supportedLevel(totals(799_999, 80, 20), ['cocreator']).code).toBe('engager')
  })
})

describe('termEnd', () => {
  it('runs 365 days and ends at the end of that Shanghai day', () => {
    // 10:00 Shanghai 2026-03-10 → 23:59:59.999 Shanghai 2027-03-10.
    expect(termEnd(at('2026-03-10T02:00:00Z'))).toBe(at('2027-03-10T15:59:59.999Z'))
  })

  it('follows the Shanghai day, not the UTC day', () => {
    expect(termEnd(at('2026-03-10T15:59:59.999Z'))).toBe(at('2027-03-10T15:59:59.999Z'))
    expect(termEnd(at('2026-03-10T16:00:00.000Z'))).toBe(at('2027-03-11T15:59:59.999Z'))
  })

  it('counts days, so a term over Feb 29 ends a calendar day earlier', () => {
    expect(termEnd(at('2027-06-01T02:00:00Z'))).toBe(at('2028-05-31T15:59:59.999Z'))
  })
})

describe('resolveHeldLevel: upgrades', () => {
  const NOW = at('2026-03-10T02:00:00Z') // 10:00 Shanghai 2026-03-10

  it('upgrades at once and starts a term ending at the end of the Shanghai day a year on', () => {
    const result = resolveHeldLevel(held('explorer', null), [ev('purchase', '2026-03-09T02:00:00Z', 100)], NOW)
    expect(result).toEqual({ levelCode: 'experiencer', expiresAt: at('2027-03-10T15:59:59.999Z'), invitedTo: [] })
  })

  it('an upgrade replaces the remaining term with a new one', () => {
    const result = resolveHeldLevel(held('experiencer', '2026-04-01T15:59:59.999Z'), engagerAt('2026-03-01T00:00:00Z'), NOW)
    expect(result.levelCode).toBe('engager')
    expect(result.expiresAt).toBe(at('2027-03-10T15:59:59.999Z'))
  })

  it('can jump more than one level', () => {
    const result = resolveHeldLevel(held('explorer', null), engagerAt('2026-03-01T00:00:00Z'), NOW)
    expect(result.levelCode).toBe('engager')
  })

  it('the top level needs an accepted invite on top of the criteria', () => {
    const events = cocreatorAt('2026-03-01T00:00:00Z')
    const without = resolveHeldLevel(held('engager', '2026-12-01T15:59:59.999Z'), events, NOW)
    expect(without).toEqual(held('engager', '2026-12-01T15:59:59.999Z'))
    const withInvite = resolveHeldLevel(held('engager', '2026-12-01T15:59:59.999Z', ['cocreator']), events, NOW)
    expect(withInvite).toEqual(held('cocreator', '2027-03-10T15:59:59.999Z', ['cocreator']))
  })

  it('a refund that takes spend one fen below the threshold prevents the upgrade', () => {
    const events = [ev('purchase', '2026-03-01T00:00:00Z', 100), ev('refund', '2026-03-02T00:00:00Z', 1)]
    expect(resolveHeldLevel(held('explorer', null), events, NOW)).toEqual(held('explorer', null))
  })
})

describe('resolveHeldLevel: retention and expiry', () => {
  const EXPIRY = '2026-03-09T15:59:59.999Z' // end of Shanghai 2026-03-09
  const NEXT_EXPIRY = '2027-03-09T15:59:59.999Z' // 365 days on

  it('nothing changes before expiry, even when the ledger no longer supports the level', () => {
    const h = held('engager', EXPIRY)
    expect(resolveHeldLevel(h, [], at('2026-03-01T00:00:00Z'))).toEqual(h)
  })

  it('the level is still held at the last millisecond of its term', () => {
    const h = held('engager', EXPIRY)
    expect(resolveHeldLevel(h, [], at(EXPIRY))).toEqual(h)
  })

  it('one millisecond after expiry an unsupported level drops one step and starts a new term', () => {
    const result = resolveHeldLevel(held('engager', EXPIRY), [], at('2026-03-09T16:00:00.000Z'))
    expect(result).toEqual(held('experiencer', NEXT_EXPIRY))
  })

  it('dropping to the entry level leaves nothing to expire', () => {
    const result = resolveHeldLevel(held('experiencer', EXPIRY), [], at('2026-03-09T16:00:00.000Z'))
    expect(result).toEqual(held('explorer', null))
  })

  it('a level the ledger still supports at expiry is renewed for 365 days', () => {
    const result = resolveHeldLevel(held('engager', EXPIRY), engagerAt('2026-02-01T00:00:00Z'), at('2026-03-09T16:00:00.000Z'))
    expect(result).toEqual(held('engager', NEXT_EXPIRY))
  })

  it('two lapsed terms drop two levels', () => {
    const result = resolveHeldLevel(held('cocreator', '2025-03-09T15:59:59.999Z', ['cocreator']), [], at('2026-03-10T02:00:00Z'))
    // Lapsed at the end of Shanghai 2025-03-09 and again at the end of 2026-03-09.
    expect(result).toEqual(held('experiencer', NEXT_EXPIRY, ['cocreator']))
  })

  it('never drops below what the ledger supports, however many terms lapsed', () => {
    // Shares kept up every half year: engager is supported at every expiry and now.
    const events = ['2024-06-01', '2024-12-01', '2025-06-01', '2025-12-01'].flatMap((d) => engagerAt(`${d}T00:00:00Z`))
    const result = resolveHeldLevel(held('cocreator', '2024-03-09T15:59:59.999Z', ['cocreator']), events, at('2026-03-10T02:00:00Z'))
    expect(result).toEqual(held('engager', NEXT_EXPIRY, ['cocreator']))
  })

  it('judges each lapse by the ledger at that expiry, so reading in between changes nothing', () => {
    // Engager supported at the first expiry (end of 2025-03-09), nothing in the window at the second.
    const events = engagerAt('2025-01-01T00:00:00Z')
    const start = held('engager', '2025-03-09T15:59:59.999Z')
    const now = at('2026-03-10T02:00:00Z')
    const direct = resolveHeldLevel(start, events, now)
    const readInBetween = resolveHeldLevel(resolveHeldLevel(start, events, at('2025-03-10T02:00:00Z')), events, now)
    expect(readInBetween).toEqual(held('experiencer', NEXT_EXPIRY))
    expect(direct).toEqual(readInBetween)
  })

  it('keeps the promise the retention panel made on the last day, even if an event leaves the window at midnight', () => {
    // The purchase is on Shanghai 2025-03-10, the first day of the window on the last day of the term.
    const events = [ev('purchase', '2025-03-09T16:00:00.000Z', 100)]
    const lastDay = summarizeGrowth(held('experiencer', EXPIRY), events, at('2026-03-09T12:00:00Z'))
    expect(lastDay.retention).toEqual({ atRisk: false, needed: [] })
    expect(resolveHeldLevel(held('experiencer', EXPIRY), events, at('2026-03-09T16:00:00.000Z'))).toEqual(
      held('experiencer', NEXT_EXPIRY),
    )
  })

  it('a member who dipped at expiry but qualifies again now is upgraded with a fresh term', () => {
    const events = engagerAt('2026-03-09T17:00:00Z') // the day after expiry, Shanghai time
    const result = resolveHeldLevel(held('engager', EXPIRY), events, at('2026-03-10T02:00:00Z'))
    expect(result).toEqual(held('engager', '2027-03-10T15:59:59.999Z'))
  })

  it('the entry level never expires', () => {
    const h = held('explorer', null)
    expect(resolveHeldLevel(h, [], at('2036-01-01T00:00:00Z'))).toEqual(h)
  })
})

describe('summarizeGrowth', () => {
  const NOW = at('2026-06-15T04:00:00.000Z') // 12:00 Shanghai 2026-06-15

  it('reports the window as the last 365 Shanghai days up to now, and the expiry as an ISO instant', () => {
    const s = summarizeGrowth(held('experiencer', '2026-12-01T15:59:59.999Z'), [], NOW)
    expect(s.window).toEqual({ from: '2025-06-15T16:00:00.000Z', to: '2026-06-15T04:00:00.000Z' })
    expect(s.levelExpiresAt).toBe('2026-12-01T15:59:59.999Z')
  })

  it('at the entry level shows progress toward the first purchase and nothing to keep', () => {
    const s = summarizeGrowth(held('explorer', null), [], NOW)
    expect(s).toMatchObject({
      levelCode: 'explorer',
      nextLevelCode: 'experiencer',
      progress: [{ dimension: 'spendFen', current: 0, target: 100 }],
      eligibleForNext: false,
      awaitingInvite: false,
      levelExpiresAt: null,
      retention: { atRisk: false, needed: [] },
    })
  })

  it('at the top has no next level and no progress bars', () => {
    const s = summarizeGrowth(held('cocreator', '2027-01-01T15:59:59.999Z', ['cocreator']), cocreatorAt('2026-06-01T00:00:00Z'), NOW)
    expect(s).toMatchObject({ levelCode: 'cocreator', nextLevelCode: null, progress: [], eligibleForNext: false, awaitingInvite: false })
  })

  it('totals and progress count only the window, with refunds lowering spend', () => {
    const events = [
      ev('purchase', '2025-06-15T15:59:59.999Z', 500_000), // a millisecond before the window
      ev('purchase', '2026-01-01T00:00:00Z', 250_000),
      ev('refund', '2026-02-01T00:00:00Z', 50_001),
      ...many(2, 'interaction', '2026-06-15T04:00:00.000Z'), // at now
      ev('share', '2026-06-15T04:00:00.001Z'), // future
    ]
    const s = summarizeGrowth(held('experiencer', '2026-12-01T15:59:59.999Z'), events, NOW)
    expect(s.totals).toEqual({ spendFen: 199_999, interactions: 2, shares: 0 })
    expect(s.progress).toEqual([
      { dimension: 'spendFen', current: 199_999, target: 200_000 },
      { dimension: 'interactions', current: 2, target: 30 },
      { dimension: 'shares', current: 0, target: 5 },
    ])
    expect(s.eligibleForNext).toBe(false)
  })

  it('spend is never negative in the body', () => {
    const s = summarizeGrowth(held('explorer', null), [ev('refund', '2026-06-01T00:00:00Z', 3_000)], NOW)
    expect(s.totals.spendFen).toBe(0)
    expect(s.progress[0].current).toBe(0)
  })

  it('eligible for a next level without an invite gate is not "awaiting invite"', () => {
    const s = summarizeGrowth(held('experiencer', '2026-12-01T15:59:59.999Z'), engagerAt('2026-06-01T00:00:00Z'), NOW)
    expect(s.eligibleForNext).toBe(true)
    expect(s.awaitingInvite).toBe(false)
  })

  it('awaits an invite only when eligible for the invite-gated next level and not invited', () => {
    const events = cocreatorAt('2026-06-01T00:00:00Z')
    const notInvited = summarizeGrowth(held('engager', '2026-12-01T15:59:59.999Z'), events, NOW)
    expect([notInvited.eligibleForNext, notInvited.awaitingInvite]).toEqual([true, true])

    const invited = summarizeGrowth(held('engager', '2026-12-01T15:59:59.999Z', ['cocreator']), events, NOW)
    expect([invited.eligibleForNext, invited.awaitingInvite]).toEqual([true, false])

    const short = [...events, ev('refund', '2026-06-02T00:00:00Z', 1)]
    const notEligible = summarizeGrowth(held('engager', '2026-12-01T15:59:59.999Z'), short, NOW)
    expect([notEligible.eligibleForNext, notEligible.awaitingInvite]).toEqual([false, false])
  })

  describe('retention', () => {
    const lastMs = '2026-07-15T15:59:59.999Z' // end of Shanghai 2026-07-15

    it('is at risk exactly 30 days before expiry when the criteria are not kept', () => {
      const s = summarizeGrowth(held('engager', lastMs), [], at('2026-06-15T15:59:59.999Z'))
      expect(s.retention.atRisk).toBe(true)
    })

    it('is not yet at risk 30 days and 1 ms before expiry', () => {
      const s = summarizeGrowth(held('engager', lastMs), [], at('2026-06-15T15:59:59.998Z'))
      expect(s.retention.atRisk).toBe(false)
    })

    it('lists every dimension of the current criteria when they are not kept', () => {
      const events = [ev('purchase', '2026-06-01T00:00:00Z', 150_000), ...many(10, 'interaction', '2026-06-01T00:00:00Z')]
      const s = summarizeGrowth(held('engager', lastMs), events, at('2026-06-20T00:00:00Z'))
      expect(s.retention).toEqual({
        atRisk: true,
        needed: [
          { dimension: 'spendFen', current: 150_000, target: 200_000 },
          { dimension: 'interactions', current: 10, target: 30 },
          { dimension: 'shares', current: 0, target: 5 },
        ],
      })
    })

    it('is not at risk and needs nothing when the criteria are kept, even close to expiry', () => {
      const s = summarizeGrowth(held('engager', lastMs), engagerAt('2026-06-01T00:00:00Z'), NOW)
      expect(s.retention).toEqual({ atRisk: false, needed: [] })
    })

    it('far from expiry is not at risk but still says what keeping the level takes', () => {
      const s = summarizeGrowth(held('experiencer', '2027-01-01T15:59:59.999Z'), [], NOW)
      expect(s.retention).toEqual({ atRisk: false, needed: [{ dimension: 'spendFen', current: 0, target: 100 }] })
    })
  })
})
