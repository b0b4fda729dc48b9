import { resolveHeldLevel, summarizeGrowth, termEnd, type HeldLevel } from './evaluate'
import type { GrowthEvent } from './ledger'

const at = (isoZ: string) => Date.parse(isoZ)
let seq = 0
function ev(type: GrowthEvent['type'], occurredAt: string, amountFen?: number): GrowthEvent {
  seq += 1
  return { id: `e${seq}`, type, amountFen, title: type, occurredAt }
}
function many(n: number, type: 'interaction' | 'share', occurredAt: string): GrowthEvent[] {
  return Array.from({ length: n }, () => ev(type, occurredAt))
}
const held = (levelCode: HeldLevel['levelCode'], expiresAt: string | null): HeldLevel => ({
  levelCode,
  expiresAt: expiresAt === null ? null : at(expiresAt),
  invitedTo: [],
})

describe('retention is judged on the window as it will stand at the expiry', () => {
  const DAY = 24 * 60 * 60 * 1000
  const DAY0 = at('2026-01-05T02:00:00Z') // 10:00 Shanghai

  /** ¥1 and 25 interactions on day 0, 5 more on day 1 (积极互动), 10 on day 200. */
  function engagerWhoseActivityLeaves() {
    const iso = (day: number) => new Date(DAY0 + day * DAY).toISOString()
    let h = resolveHeldLevel(held('explorer', null), [], DAY0)
    const events = [ev('purchase', iso(0), 100), ...many(25, 'interaction', iso(0))]
    h = resolveHeldLevel(h, events, DAY0)
    events.push(...many(5, 'interaction', iso(1)))
    h = resolveHeldLevel(h, events, DAY0 + DAY)
    events.push(...many(10, 'interaction', iso(200)))
    h = resolveHeldLevel(h, events, DAY0 + 200 * DAY)
    return { h, events }
  }

  it('does not promise a renewal ten days before expiry when the counted activity will have left the window', () => {
    const { h, events } = engagerWhoseActivityLeaves()
    expect(h.levelCode).toBe('engager')
    const expiresAt = h.expiresAt as number
    const panel = summarizeGrowth(h, events, expiresAt - 10 * DAY)
    // Today's window still holds all 40 interactions and the ¥1, but at expiry only the 10 of day 200 remain.
    expect(panel.totals).toEqual({ spendFen: 100, interactions: 40, shares: 0 })
    expect(panel.retention.atRisk).toBe(true)
    // The ladder first: without a purchase in the window even 初步体验 is not supported at expiry.
    expect(panel.retention.needed).toEqual([{ dimension: 'spendFen', current: 0, target: 100 }])

    const after = resolveHeldLevel(h, events, expiresAt + 60_000)
    expect(after.levelCode).toBe('experiencer')
  })

  it('what the panel still asks for is what keeps the level at expiry', () => {
    const { h, events } = engagerWhoseActivityLeaves()
    const expiresAt = h.expiresAt as number
    const now = expiresAt - 10 * DAY
    const nowIso = new Date(now).toISOString()
    const withPurchase = [...events, ev('purchase', nowIso, 100)]
    expect(summarizeGrowth(h, withPurchase, now).retention).toEqual({
      atRisk: true,
      needed: [
        { dimension: 'spendFen', current: 100, target: 200_000 },
        { dimension: 'interactions', current: 10, target: 30 },
        { dimension: 'shares', current: 0, target: 5 },
      ],
    })
    const kept = [...withPurchase, ...many(20, 'interaction', nowIso)]
    expect(summarizeGrowth(h, kept, now).retention).toEqual({ atRisk: false, needed: [] })
    expect(resolveHeldLevel(h, kept, expiresAt + 60_000)).toEqual({ ...h, expiresAt: termEnd(expiresAt) })
  })
})
