import { dayTotals, firstUnusable, maskName, shanghaiDayBounds, unusableReason, VOID_WINDOW_MS, voidBlock } from '.'

const NOW = Date.parse('2026-03-15T04:00:00Z')
const coupon = (over: Partial<{ id: string; status: 'available' | 'used' | 'expired'; validFrom: string; validUntil: string; storeIds: string[] }> = {}) => ({
  id: 'c-1',
  status: 'available' as const,
  validFrom: '2026-03-01T00:00:00Z',
  validUntil: '2026-03-31T15:59:59.999Z',
  storeIds: ['s-a'],
  ...over,
})

test('a coupon is usable here now, or the most final reason it is not', () => {
  expect(unusableReason(coupon(), 's-a', NOW)).toBeNull()
  expect(unusableReason(coupon({ status: 'used', storeIds: ['s-b'] }), 's-a', NOW)).toBe('USED')
  expect(unusableReason(coupon({ validUntil: '2026-03-15T03:59:59.999Z' }), 's-a', NOW)).toBe('EXPIRED')
  expect(unusableReason(coupon({ validFrom: '2026-03-16T00:00:00Z' }), 's-a', NOW)).toBe('NOT_YET_VALID')
  expect(unusableReason(coupon(), 's-b', NOW)).toBe('WRONG_STORE')
})

test('all or nothing: the first ticked coupon that cannot be used, or one the member does not hold', () => {
  const held = [coupon(), coupon({ id: 'c-2', storeIds: ['s-b'] })]
  expect(firstUnusable(['c-1'], held, 's-a', NOW)).toBeNull()
  expect(firstUnusable(['c-1', 'c-2'], held, 's-a', NOW)).toEqual({ couponId: 'c-2', reason: 'WRONG_STORE' })
  expect(firstUnusable(['c-9'], held, 's-a', NOW)).toEqual({ couponId: 'c-9', reason: 'UNKNOWN' })
})

test('the void window closes at exactly ten minutes; already voided and another store are said first', () => {
  const t = { storeId: 's-a', at: NOW }
  expect(voidBlock(t, 's-a', NOW + VOID_WINDOW_MS - 1)).toBeNull()
  expect(voidBlock(t, 's-a', NOW + VOID_WINDOW_MS)).toBe('VOID_WINDOW_PASSED')
  expect(voidBlock(t, 's-b', NOW)).toBe('STORE_MISMATCH')
  expect(voidBlock({ ...t, voidedAt: 'x' }, 's-b', NOW + VOID_WINDOW_MS)).toBe('ALREADY_VOIDED')
})

test('a Shanghai day runs from 00:00 +08:00; impossible dates are no day', () => {
  expect(shanghaiDayBounds('2026-03-15')).toEqual({ from: Date.parse('2026-03-14T16:00:00Z'), to: Date.parse('2026-03-15T15:59:59.999Z') })
  expect(shanghaiDayBounds('2026-02-30')).toBeNull()
})

test('names are masked by character, never cut in half', () => {
  expect(maskName('林小雨')).toBe('林**')
  expect(maskName('A')).toBe('A*')
  expect(maskName('𠀀好')).toBe('𠀀*')
  expect(maskName('一二三四五六')).toBe('一***')
  expect(maskName('  ')).toBe('会员')
})

test('the day’s totals leave out what was voided and count the voids', () => {
  const totals = dayTotals([
    { kind: 'redemption' },
    { kind: 'redemption', voidedAt: 'x' },
    { kind: 'checkout', amountFen: 500, couponCount: 2 },
    { kind: 'purchase', amountFen: 100 },
    { kind: 'refund', amountFen: 50 },
    { kind: 'void' },
  ])
  expect(totals).toEqual({ redemptions: 3, purchasesFen: 600, refundsFen: 50, voids: 1 })
})
