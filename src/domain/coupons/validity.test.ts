import { toIso } from '../time'
import { couponStatusAt, describeExpiryBadge, expiryBadge, sortBySoonestExpiry, validityFor } from './validity'
import { makeCoupon, makeTemplate, sh } from './test-fixtures'

describe('validityFor', () => {
  it('fixed dates cover whole Shanghai days, whenever claimed', () => {
    const t = makeTemplate({ validity: { type: 'fixed', from: '2026-12-01', until: '2026-12-31' } })
    const v = validityFor(t, sh('2026-11-20T10:00:00'))
    expect(v.validFrom).toBe(sh('2026-12-01T00:00:00.000'))
    expect(v.validUntil).toBe(sh('2026-12-31T23:59:59.999'))
  })

  it('relative N days ends at the end of the Shanghai day N days after the claim day', () => {
    const t = makeTemplate({ validity: { type: 'relative', days: 7 } })
    const v = validityFor(t, sh('2026-11-01T23:50:00'))
    expect(v.validFrom).toBe(sh('2026-11-01T23:50:00'))
    expect(v.validUntil).toBe(sh('2026-11-08T23:59:59.999'))
  })

  it('uses the Shanghai day, not the UTC day, of the claim', () => {
    // 2026-11-01T17:30Z is already 01:30 on the 2nd in Shanghai.
    const v = validityFor(makeTemplate({ validity: { type: 'relative', days: 1 } }), Date.parse('2026-11-01T17:30:00Z'))
    expect(v.validUntil).toBe(sh('2026-11-03T23:59:59.999'))
  })

  it('0 days means today only; negative or fractional days are a configuration error', () => {
    expect(validityFor(makeTemplate({ validity: { type: 'relative', days: 0 } }), sh('2026-11-01T08:00:00')).validUntil).toBe(
      sh('2026-11-01T23:59:59.999'),
    )
    expect(() => validityFor(makeTemplate({ validity: { type: 'relative', days: -1 } }), 0)).toThrow(RangeError)
    expect(() => validityFor(makeTemplate({ validity: { type: 'relative', days: 1.5 } }), 0)).toThrow(RangeError)
  })
})

describe('couponStatusAt', () => {
  const coupon = makeCoupon({ validUntil: toIso(sh('2026-11-27T23:59:59.999')) })

  it('is available at 23:59:59.999 local on the last day and expired at 00:00:00.000', () => {
    expect(couponStatusAt(coupon, sh('2026-11-27T23:59:59.999'))).toBe('available')
    expect(couponStatusAt(coupon, sh('2026-11-28T00:00:00.000'))).toBe('expired')
  })

  it('expires from validUntil even when the server still says available', () => {
    expect(couponStatusAt({ ...coupon, status: 'available' }, sh('2026-12-01T00:00:00'))).toBe('expired')
  })

  it('keeps used as used, before and after the end', () => {
    expect(couponStatusAt({ ...coupon, status: 'used' }, sh('2026-11-25T00:00:00'))).toBe('used')
    expect(couponStatusAt({ ...coupon, status: 'used' }, sh('2026-12-25T00:00:00'))).toBe('used')
  })

  it('fails closed on an unreadable validUntil', () => {
    expect(couponStatusAt({ ...coupon, validUntil: '2026-11-27 23:59:59' }, sh('2026-11-01T00:00:00'))).toBe('expired')
  })
})

describe('sortBySoonestExpiry', () => {
  it('orders by validUntil, ties by id, unreadable last, without mutating', () => {
    const list = [
      makeCoupon({ id: 'b', validUntil: '2026-11-30T15:59:59.999Z' }),
      makeCoupon({ id: 'x', validUntil: 'garbage' }),
      makeCoupon({ id: 'c', validUntil: '2026-11-20T15:59:59.999Z' }),
      makeCoupon({ id: 'a', validUntil: '2026-11-30T15:59:59.999Z' }),
    ]
    expect(sortBySoonestExpiry(list).map((c) => c.id)).toEqual(['c', 'a', 'b', 'x'])
    expect(list.map((c) => c.id)).toEqual(['b', 'x', 'c', 'a'])
  })
})

describe('expiryBadge', () => {
  const endingOn = (date: string) => makeCoupon({ validUntil: toIso(sh(`${date}T23:59:59.999`)) })

  it('says today on the last day, up to its last millisecond', () => {
    expect(expiryBadge(endingOn('2026-11-27'), sh('2026-11-27T00:00:00'))).toEqual({ kind: 'today' })
    expect(expiryBadge(endingOn('2026-11-27'), sh('2026-11-27T23:59:59.999'))).toEqual({ kind: 'today' })
  })

  it('counts Shanghai calendar days across midnight', () => {
    const c = endingOn('2026-11-28')
    expect(expiryBadge(c, sh('2026-11-27T23:59:59.999'))).toEqual({ kind: 'days', days: 1 })
    expect(expiryBadge(c, sh('2026-11-28T00:00:00.000'))).toEqual({ kind: 'today' })
    // 16:30Z on the 27th is 00:30 on the 28th in Shanghai, though still the 27th in UTC.
    expect(expiryBadge(c, Date.parse('2026-11-27T16:30:00Z'))).toEqual({ kind: 'today' })
  })

  it('shows up to 7 days ahead and nothing beyond, nor for expired or used coupons', () => {
    expect(expiryBadge(endingOn('2026-12-04'), sh('2026-11-27T12:00:00'))).toEqual({ kind: 'days', days: 7 })
    expect(expiryBadge(endingOn('2026-12-05'), sh('2026-11-27T12:00:00'))).toBeNull()
    expect(expiryBadge(endingOn('2026-11-27'), sh('2026-11-28T00:00:00'))).toBeNull()
    expect(expiryBadge({ ...endingOn('2026-11-27'), status: 'used' }, sh('2026-11-27T08:00:00'))).toBeNull()
  })

  it('reads in Chinese', () => {
    expect(describeExpiryBadge({ kind: 'today' })).toBe('今天到期')
    expect(describeExpiryBadge({ kind: 'days', days: 3 })).toBe('3 天后到期')
  })
})
