import { parseInstant } from '../time'
import { rightById, type Right } from './catalogue'
import { describeQuota, periodKey, quotaLeft, quotaUsed } from './quota'

const at = (iso: string) => parseInstant(iso)
const tasting = rightById('r-limited-tasting') as Right // 1 per month
const edition = rightById('r-limited-edition') as Right // 1 per year
const shipping = rightById('r-free-shipping') as Right // 2 per month

describe('periodKey', () => {
  it('reads the Shanghai calendar month, which starts at 16:00Z the day before', () => {
    expect(periodKey(at('2026-11-30T15:59:59.999Z'), 'month')).toBe('2026-11')
    expect(periodKey(at('2026-11-30T16:00:00.000Z'), 'month')).toBe('2026-12')
  })

  it('reads the Shanghai calendar year', () => {
    expect(periodKey(at('2026-12-31T15:59:59.999Z'), 'year')).toBe('2026')
    expect(periodKey(at('2026-12-31T16:00:00.000Z'), 'year')).toBe('2027')
    expect(periodKey(at('2026-12-31T16:00:00.000Z'), 'month')).toBe('2027-01')
  })
})

describe('quotaUsed', () => {
  it('counts a claim at the last millisecond of November (Shanghai) in November only', () => {
    const claims = [{ rightId: tasting.id, claimedAt: '2026-11-30T15:59:59.999Z' }]
    expect(quotaUsed(claims, tasting, at('2026-11-30T15:59:59.999Z'))).toBe(1)
    expect(quotaUsed(claims, tasting, at('2026-11-30T16:00:00.000Z'))).toBe(0)
  })

  it('counts a claim at the first millisecond of December (Shanghai) in December', () => {
    const claims = [{ rightId: tasting.id, claimedAt: '2026-11-30T16:00:00.000Z' }]
    expect(quotaUsed(claims, tasting, at('2026-12-15T04:00:00Z'))).toBe(1)
    expect(quotaUsed(claims, tasting, at('2026-11-30T15:59:59.999Z'))).toBe(0)
  })

  it('reads claims written with a +08:00 offset the same way', () => {
    const claims = [{ rightId: tasting.id, claimedAt: '2026-12-01T00:00:00+08:00' }]
    expect(quotaUsed(claims, tasting, at('2026-12-01T00:00:00+08:00'))).toBe(1)
  })

  it('counts only claims of this right, and ignores unreadable dates', () => {
    const claims = [
      { rightId: shipping.id, claimedAt: '2026-11-02T02:00:00Z' },
      { rightId: tasting.id, claimedAt: '2026-11-03T02:00:00Z' },
      { rightId: shipping.id, claimedAt: 'yesterday' },
    ]
    expect(quotaUsed(claims, shipping, at('2026-11-20T02:00:00Z'))).toBe(1)
  })

  it('counts a yearly quota across months of the same Shanghai year', () => {
    const claims = [{ rightId: edition.id, claimedAt: '2026-01-01T00:00:00+08:00' }]
    expect(quotaUsed(claims, edition, at('2026-12-31T15:59:59.999Z'))).toBe(1)
    expect(quotaUsed(claims, edition, at('2026-12-31T16:00:00.000Z'))).toBe(0)
  })
})

describe('quotaLeft and describeQuota', () => {
  const now = at('2026-11-20T02:00:00Z')

  it('describes an untouched monthly quota', () => {
    expect(describeQuota(shipping, [], now)).toBe('每月 2 次，已领 0 次')
    expect(quotaLeft([], shipping, now)).toBe(2)
  })

  it('describes a used yearly quota', () => {
    const claims = [{ rightId: edition.id, claimedAt: '2026-03-01T02:00:00Z' }]
    expect(describeQuota(edition, claims, now)).toBe('每年 1 次，已领 1 次')
    expect(quotaLeft(claims, edition, now)).toBe(0)
  })

  it('has nothing to describe for a right without a quota', () => {
    expect(describeQuota(rightById('r-advisor') as Right, [], now)).toBeNull()
    expect(quotaLeft([], rightById('r-advisor') as Right, now)).toBeNull()
  })
})
