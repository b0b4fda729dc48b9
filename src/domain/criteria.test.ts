import { describeCriteria, describeMissing, meetsCriteria, missingFor, progressToward, ratioOf } from './criteria'
import { LEVELS, type Criteria } from './levels'
import type { Totals } from './ledger'

const totals = (spendFen: number, interactions: number, shares: number): Totals => ({ spendFen, interactions, shares })
// Written out here rather than read from LEVELS, so a change to the published numbers is noticed.
const ANY: Criteria = { mode: 'any', spendFen: 200_000, interactions: 30, shares: 5 }
const ALL: Criteria = { mode: 'all', spendFen: 800_000, interactions: 80, shares: 20 }

describe('meetsCriteria with mode any', () => {
  it('is met exactly at a threshold on any one dimension', () => {
    expect(meetsCriteria(totals(200_000, 0, 0), ANY)).toBe(true)
    expect(meetsCriteria(totals(0, 30, 0), ANY)).toBe(true)
    expect(meetsCriteria(totals(0, 0, 5), ANY)).toBe(true)
  })

  it('is not met one unit below every threshold', () => {
    expect(meetsCriteria(totals(199_999, 29, 4), ANY)).toBe(false)
  })
})

describe('meetsCriteria with mode all', () => {
  it('is met when every dimension is exactly at its threshold', () => {
    expect(meetsCriteria(totals(800_000, 80, 20), ALL)).toBe(true)
  })

  it('is not met when one dimension is one fen or one count short', () => {
    expect(meetsCriteria(totals(799_999, 80, 20), ALL)).toBe(false)
    expect(meetsCriteria(totals(800_000, 79, 20), ALL)).toBe(false)
    expect(meetsCriteria(totals(800_000, 80, 19), ALL)).toBe(false)
  })

  it('far exceeding one dimension does not make up for another', () => {
    expect(meetsCriteria(totals(10_000_000, 500, 19), ALL)).toBe(false)
  })
})

describe('meetsCriteria without criteria', () => {
  it('the entry level has none and is always met', () => {
    expect(meetsCriteria(totals(0, 0, 0), null)).toBe(true)
  })

  it('only the dimensions a criteria names are checked', () => {
    const spendOnly: Criteria = { mode: 'all', spendFen: 100 }
    expect(meetsCriteria(totals(100, 0, 0), spendOnly)).toBe(true)
    expect(meetsCriteria(totals(99, 1_000, 1_000), spendOnly)).toBe(false)
  })
})

describe('the published criteria', () => {
  it('are the numbers the app advertises', () => {
    expect(LEVELS.map((l) => l.criteria)).toEqual([null, { mode: 'any', spendFen: 100 }, ANY, ALL])
  })
})

describe('progressToward', () => {
  it('gives one bar per named dimension in the order spend, interactions, shares', () => {
    expect(progressToward(totals(150_000, 31, 0), ANY)).toEqual([
      { dimension: 'spendFen', current: 150_000, target: 200_000 },
      { dimension: 'interactions', current: 31, target: 30 },
      { dimension: 'shares', current: 0, target: 5 },
    ])
  })

  it('skips dimensions the criteria do not name, and is empty without criteria', () => {
    expect(progressToward(totals(42, 3, 1), { mode: 'any', shares: 2, spendFen: 100 })).toEqual([
      { dimension: 'spendFen', current: 42, target: 100 },
      { dimension: 'shares', current: 1, target: 2 },
    ])
    expect(progressToward(totals(42, 3, 1), null)).toEqual([])
  })
})

describe('missingFor and ratioOf', () => {
  it('say what is left and how full the bar is', () => {
    expect(missingFor({ dimension: 'spendFen', current: 150_000, target: 200_000 })).toBe(50_000)
    expect(ratioOf({ dimension: 'spendFen', current: 150_000, target: 200_000 })).toBe(0.75)
  })

  it('are 0 missing and a full bar at the threshold and beyond', () => {
    expect(missingFor({ dimension: 'shares', current: 5, target: 5 })).toBe(0)
    expect(missingFor({ dimension: 'shares', current: 9, target: 5 })).toBe(0)
    expect(ratioOf({ dimension: 'shares', current: 9, target: 5 })).toBe(1)
  })

  it('one fen short is still missing one fen', () => {
    expect(missingFor({ dimension: 'spendFen', current: 199_999, target: 200_000 })).toBe(1)
    expect(ratioOf({ dimension: 'spendFen', current: 199_999, target: 200_000 })).toBeLessThan(1)
  })

  it('an empty bar is 0 and a zero target counts as full', () => {
    expect(ratioOf({ dimension: 'interactions', current: 0, target: 30 })).toBe(0)
    expect(ratioOf({ dimension: 'interactions', current: 0, target: 0 })).toBe(1)
  })
})

describe('describeCriteria', () => {
  it('joins mode any with 或', () => {
    expect(describeCriteria(ANY)).toBe('近 365 天消费满 ¥2,000，或互动 30 次，或有效分享 5 次')
  })

  it('joins mode all with 且', () => {
    expect(describeCriteria(ALL)).toBe('近 365 天消费满 ¥8,000，且互动 80 次，且有效分享 20 次')
  })

  it('handles a single dimension, yuan with cents, and another window length', () => {
    expect(describeCriteria({ mode: 'any', spendFen: 5_000 })).toBe('近 365 天消费满 ¥50')
    expect(describeCriteria({ mode: 'all', spendFen: 1_250, shares: 2 }, 90)).toBe('近 90 天消费满 ¥12.50，且有效分享 2 次')
  })

  it('says 完成首单 for the ¥1 threshold that stands for a first purchase', () => {
    expect(describeCriteria({ mode: 'any', spendFen: 100 })).toBe('完成首单')
  })

  it('is empty for the entry level', () => {
    expect(describeCriteria(null)).toBe('')
  })
})

describe('describeMissing', () => {
  it('says what is still needed per dimension, and nothing once met', () => {
    expect(describeMissing({ dimension: 'spendFen', current: 150_000, target: 200_000 })).toBe('还需消费 ¥500')
    expect(describeMissing({ dimension: 'spendFen', current: 199_999, target: 200_000 })).toBe('还需消费 ¥0.01')
    expect(describeMissing({ dimension: 'interactions', current: 27, target: 30 })).toBe('还需互动 3 次')
    expect(describeMissing({ dimension: 'shares', current: 0, target: 5 })).toBe('还需有效分享 5 次')
    expect(describeMissing({ dimension: 'shares', current: 5, target: 5 })).toBe('')
  })
})
