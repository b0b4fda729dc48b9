import type { GrowthEvent } from './ledger'
import { monthTotals, shanghaiMonthOf } from './ledger-months'

let seq = 0
const ev = (type: GrowthEvent['type'], occurredAt: string, amountFen?: number, orderId?: string): GrowthEvent => ({
  id: `e${++seq}`,
  type,
  title: type,
  occurredAt,
  ...(amountFen === undefined ? {} : { amountFen }),
  ...(orderId ? { orderId } : {}),
})

describe('shanghaiMonthOf', () => {
  it('turns the month at 16:00Z on the last day, Shanghai midnight', () => {
    expect(shanghaiMonthOf(Date.parse('2026-11-30T15:59:59.999Z'))).toBe('2026-11')
    expect(shanghaiMonthOf(Date.parse('2026-11-30T16:00:00Z'))).toBe('2026-12')
    expect(shanghaiMonthOf(Date.parse('2026-12-31T16:00:00Z'))).toBe('2027-01')
  })
})

describe('monthTotals', () => {
  it('counts each event in its Shanghai month: 16:00Z on the last day belongs to the next', () => {
    const events = [
      ev('purchase', '2026-11-30T15:59:59Z', 10_000),
      ev('interaction', '2026-11-30T15:59:59Z'),
      ev('purchase', '2026-11-30T16:00:00Z', 20_000),
      ev('share', '2026-11-30T16:00:00Z'),
    ]
    expect(monthTotals(events, ['2026-12', '2026-11'])).toEqual([
      { month: '2026-12', spendFen: 20_000, interactions: 0, shares: 1 },
      { month: '2026-11', spendFen: 10_000, interactions: 1, shares: 0 },
    ])
  })

  it('nets a refund against its purchase, in the purchase’s month even when refunded a month later', () => {
    const events = [
      ev('purchase', '2026-11-05T04:00:00Z', 50_000, 'o-1'),
      ev('refund', '2026-11-06T04:00:00Z', 10_000, 'o-1'),
      ev('purchase', '2026-11-20T04:00:00Z', 30_000, 'o-2'),
      ev('refund', '2026-12-02T04:00:00Z', 30_000, 'o-2'),
      ev('purchase', '2026-12-03T04:00:00Z', 8_000, 'o-3'),
    ]
    expect(monthTotals(events, ['2026-12', '2026-11'])).toEqual([
      { month: '2026-12', spendFen: 8_000, interactions: 0, shares: 0 },
      { month: '2026-11', spendFen: 40_000, interactions: 0, shares: 0 },
    ])
  })

  it('never refunds more than the purchase paid, and a refund without a purchase counts in its own month', () => {
    const capped = [ev('purchase', '2026-11-05T04:00:00Z', 5_000, 'o-1'), ev('refund', '2026-11-06T04:00:00Z', 9_000, 'o-1'), ev('purchase', '2026-11-07T04:00:00Z', 1_000)]
    expect(monthTotals(capped, ['2026-11'])[0].spendFen).toBe(1_000)
    const orphan = [ev('purchase', '2026-12-05T04:00:00Z', 5_000), ev('refund', '2026-11-06T04:00:00Z', 2_000)]
    expect(monthTotals(orphan, ['2026-12', '2026-11'])).toEqual([
      { month: '2026-12', spendFen: 5_000, interactions: 0, shares: 0 },
      { month: '2026-11', spendFen: 0, interactions: 0, shares: 0 },
    ])
  })

  it('answers zeros for a month with no events', () => {
    expect(monthTotals([], ['2026-10'])).toEqual([{ month: '2026-10', spendFen: 0, interactions: 0, shares: 0 }])
  })
})
