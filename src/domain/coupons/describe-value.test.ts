import { describeCouponValue, formatFenShort } from './describe-value'

describe('describeCouponValue', () => {
  it.each([
    [{ kind: 'amount_off', valueFen: 3000, minSpendFen: 20000 }, '满 ¥200 减 ¥30'],
    [{ kind: 'amount_off', valueFen: 1050 }, '立减 ¥10.50'],
    [{ kind: 'amount_off', valueFen: 500, minSpendFen: 0 }, '立减 ¥5'],
    [{ kind: 'percent_off', percentOff: 15, maxDiscountFen: 5000 }, '8.5 折，最高减 ¥50'],
    [{ kind: 'percent_off', percentOff: 20 }, '8 折'],
    [{ kind: 'percent_off', percentOff: 12.5, minSpendFen: 10000 }, '满 ¥100 享 8.75 折'],
    [{ kind: 'free_item' }, '免费兑换'],
    [{ kind: 'gift' }, '赠品'],
    [{ kind: 'amount_off' }, '优惠券'],
    [{ kind: 'percent_off', percentOff: 0 }, '优惠券'],
  ] as const)('%j → %s', (value, text) => {
    expect(describeCouponValue(value)).toBe(text)
  })
})

describe('formatFenShort', () => {
  it.each([
    [20000, '¥200'],
    [1050, '¥10.50'],
    [1005, '¥10.05'],
    [5, '¥0.05'],
    [0, '¥0'],
    [123456700, '¥1234567'],
    [-150, '-¥1.50'],
    [NaN, '¥—'],
  ])('%d fen → %s', (fen, text) => {
    expect(formatFenShort(fen)).toBe(text)
  })
})
