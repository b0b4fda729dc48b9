import { sortNewestFirst, totalsInWindow, windowAt, type GrowthEvent } from './ledger'

const at = (isoZ: string) => Date.parse(isoZ)
let seq = 0
function ev(type: GrowthEvent['type'], occurredAt: string, amountFen?: number): GrowthEvent {
  seq += 1
  return { id: `e${seq}`, type, amountFen, title: type, occurredAt }
}

// 12:00 on Shanghai 2026-06-15. The 365 Shanghai days ending today start at Shanghai 2025-06-16 00:00.
const NOW = at('2026-06-15T04:00:00.000Z')
const WINDOW_START = at('2025-06-15T16:00:00.000Z')

describe('windowAt', () => {
  it('covers the last 365 Shanghai calendar days including today, up to now', () => {
    expect(windowAt(NOW)).toEqual({ from: WINDOW_START, to: NOW })
  })

  it('a one-day window is today from Shanghai midnight', () => {
    expect(windowAt(NOW, 1)).toEqual({ from: at('2026-06-14T16:00:00.000Z'), to: NOW })
  })

  it('moves at Shanghai midnight, not at UTC midnight', () => {
    const lastMsOfJun15 = at('2026-06-15T15:59:59.999Z')
    const firstMsOfJun16 = at('2026-06-15T16:00:00.000Z')
    const utcMidnight = at('2026-06-16T00:00:00.000Z') // 08:00 Shanghai Jun 16
    expect(windowAt(lastMsOfJun15).from).toBe(WINDOW_START)
    expect(windowAt(firstMsOfJun16).from).toBe(at('2025-06-16T16:00:00.000Z'))
    expect(windowAt(utcMidnight).from).toBe(at('2025-06-16T16:00:00.000Z'))
  })
})

describe('totalsInWindow: which events count', () => {
  const window = windowAt(NOW)

  it('includes an event exactly at the window start and excludes one a millisecond earlier', () => {
    expect(totalsInWindow([ev('purchase', '2025-06-15T16:00:00.000Z', 700)], window).spendFen).toBe(700)
    expect(totalsInWindow([ev('purchase', '2025-06-16T00:00:00+08:00', 700)], window).spendFen).toBe(700)
    expect(totalsInWindow([ev('purchase', '2025-06-15T15:59:59.999Z', 700)], window).spendFen).toBe(0)
    expect(totalsInWindow([ev('share', '2025-06-15T23:59:59.999+08:00')], window).shares).toBe(0)
  })

  it('includes an event at now and excludes one in the future', () => {
    expect(totalsInWindow([ev('interaction', '2026-06-15T04:00:00.000Z')], window).interactions).toBe(1)
    expect(totalsInWindow([ev('interaction', '2026-06-15T04:00:00.001Z')], window).interactions).toBe(0)
    expect(totalsInWindow([ev('purchase', '2026-06-15T23:00:00+08:00', 500)], window).spendFen).toBe(0)
  })

  it('an event on the first day of the window drops out at the next Shanghai midnight', () => {
    // 23:59:59.999 on Shanghai 2025-06-16, the first day of the window through Shanghai 2026-06-15.
    const events = [ev('share', '2025-06-16T15:59:59.999Z')]
    expect(totalsInWindow(events, windowAt(at('2026-06-15T15:59:59.999Z'))).shares).toBe(1)
    expect(totalsInWindow(events, windowAt(at('2026-06-15T16:00:00.000Z'))).shares).toBe(0)
  })

  it('an event late on a Shanghai day is still there after UTC midnight the year after', () => {
    // 07:00 Shanghai 2025-06-16 (still June 15 in UTC); read at 07:59 Shanghai 2026-06-15, before UTC midnight has moved anything.
    const events = [ev('share', '2025-06-15T23:00:00.000Z')]
    expect(totalsInWindow(events, windowAt(at('2026-06-14T23:59:00.000Z'))).shares).toBe(1)
    expect(totalsInWindow(events, windowAt(at('2026-06-15T00:00:00.000Z'))).shares).toBe(1)
  })

  it('ignores events whose time cannot be read safely', () => {
    const events = [ev('purchase', '2026-06-01 10:00:00', 500), ev('share', 'yesterday'), ev('interaction', '2026-06-01T10:00:00')]
    expect(totalsInWindow(events, window)).toEqual({ spendFen: 0, interactions: 0, shares: 0 })
  })

  it('counts interactions and shares one each, whatever amount they carry', () => {
    const events = [
      ev('interaction', '2026-01-01T00:00:00Z'),
      ev('interaction', '2026-02-01T00:00:00Z', 9999),
      ev('share', '2026-03-01T00:00:00Z'),
      ev('purchase', '2026-04-01T00:00:00Z', 12_345),
    ]
    expect(totalsInWindow(events, window)).toEqual({ spendFen: 12_345, interactions: 2, shares: 1 })
  })
})

describe('totalsInWindow: refunds', () => {
  const window = windowAt(NOW)

  it('a refund lowers spend', () => {
    const events = [ev('purchase', '2026-01-01T00:00:00Z', 5_000), ev('refund', '2026-01-02T00:00:00Z', 2_000)]
    expect(totalsInWindow(events, window).spendFen).toBe(3_000)
  })

  it('a refund written with a negative amount lowers spend too, and a negative purchase is a refund', () => {
    const events = [
      ev('purchase', '2026-01-01T00:00:00Z', 5_000),
      ev('refund', '2026-01-02T00:00:00Z', -2_000),
      ev('purchase', '2026-01-03T00:00:00Z', -1_000),
    ]
    expect(totalsInWindow(events, window).spendFen).toBe(2_000)
  })

  it('spend never shows below zero', () => {
    const events = [ev('purchase', '2026-01-01T00:00:00Z', 1_000), ev('refund', '2026-01-02T00:00:00Z', 3_000)]
    expect(totalsInWindow(events, window).spendFen).toBe(0)
  })

  it('an unlinked refund belongs to the latest earlier purchase it fits, here one outside the window', () => {
    const events = [
      ev('purchase', '2025-01-01T00:00:00Z', 10_000), // outside
      ev('purchase', '2026-01-01T00:00:00Z', 4_000),
      ev('refund', '2026-02-01T00:00:00Z', 10_000),
    ]
    expect(totalsInWindow(events, window).spendFen).toBe(4_000)
  })

  it('an unlinked refund with no purchase before it counts on its own date, never below zero', () => {
    const events = [ev('refund', '2026-01-01T00:00:00Z', 3_000), ev('purchase', '2026-02-01T00:00:00Z', 1_000)]
    expect(totalsInWindow(events, window).spendFen).toBe(0)
  })
  it('a refund outside the window does not lower spend inside it', () => {
    const events = [ev('refund', '2025-06-15T15:59:59.999Z', 3_000), ev('purchase', '2026-01-01T00:00:00Z', 5_000)]
    expect(totalsInWindow(events, window).spendFen).toBe(5_000)
  })
})

describe('sortNewestFirst', () => {
  it('orders by instant across offsets, ties by id descending, without touching the input', () => {
    const a: GrowthEvent = { id: 'a', type: 'share', title: 'a', occurredAt: '2026-01-01T00:00:00Z' }
    const b: GrowthEvent = { id: 'b', type: 'share', title: 'b', occurredAt: '2026-01-01T08:00:00+08:00' } // same instant as a
    const c: GrowthEvent = { id: 'c', type: 'share', title: 'c', occurredAt: '2026-01-01T07:59:59.999+08:00' } // 1 ms earlier
    const d: GrowthEvent = { id: 'd', type: 'share', title: 'd', occurredAt: '2026-01-01T00:00:00.001Z' }
    const input = [c, a, d, b]
    expect(sortNewestFirst(input).map((e) => e.id)).toEqual(['d', 'b', 'a', 'c'])
    expect(input.map((e) => e.id)).toEqual(['c', 'a', 'd', 'b'])
  })
})

describe('totalsInWindow: a refund belongs to its purchase', () => {
  const daysAgo = (days: number) => new Date(NOW - days * 24 * 60 * 60 * 1000).toISOString()
  const order = (event: GrowthEvent, orderId: string): GrowthEvent => ({ ...event, orderId })

  it('buy ¥3,000 400 days ago, refund it 5 days ago, buy ¥2,500 3 days ago: the window spent ¥2,500', () => {
    const events = [
      order(ev('purchase', daysAgo(400), 300_000), 'o-1'),
      order(ev('refund', daysAgo(5), 300_000), 'o-1'),
      order(ev('purchase', daysAgo(3), 250_000), 'o-2'),
    ]
    expect(totalsInWindow(events, windowAt(NOW)).spendFen).toBe(250_000)
  })

  it('the same ledger written without order links (an older ledger) reads the same', () => {
    const events = [ev('purchase', daysAgo(400), 300_000), ev('refund', daysAgo(5), 300_000), ev('purchase', daysAgo(3), 250_000)]
    expect(totalsInWindow(events, windowAt(NOW)).spendFen).toBe(250_000)
  })

  it('a linked refund follows its order even when a later purchase would fit it', () => {
    const events = [
      order(ev('purchase', daysAgo(400), 50_000), 'old'),
      order(ev('purchase', daysAgo(20), 80_000), 'new'),
      order(ev('refund', daysAgo(5), 50_000), 'old'),
    ]
    expect(totalsInWindow(events, windowAt(NOW)).spendFen).toBe(80_000)
  })

  it('a refund lowers spend while its purchase is in the window, and never by more than it paid', () => {
    const events = [
      order(ev('purchase', daysAgo(100), 20_000), 'a'),
      order(ev('purchase', daysAgo(50), 30_000), 'b'),
      order(ev('refund', daysAgo(40), 25_000), 'a'),
    ]
    expect(totalsInWindow(events, windowAt(NOW)).spendFen).toBe(30_000)
  })

  it('a refund made after the window ends does not count yet', () => {
    const events = [order(ev('purchase', daysAgo(10), 20_000), 'a'), order(ev('refund', daysAgo(1), 20_000), 'a')]
    expect(totalsInWindow(events, windowAt(NOW - 2 * 24 * 60 * 60 * 1000)).spendFen).toBe(20_000)
    expect(totalsInWindow(events, windowAt(NOW)).spendFen).toBe(0)
  })
})
