import type { Coupon } from './types'

/** The value fields of a coupon or a template; `maxDiscountFen` is on templates only (see note). */
export type CouponValue = Pick<Coupon, 'kind' | 'valueFen' | 'percentOff' | 'minSpendFen'> & { maxDiscountFen?: number }

/**
 * The short Chinese face of a coupon: "满 ¥200 减 ¥30", "立减 ¥30", "8.5 折，最高减 ¥50",
 * "满 ¥100 享 8.5 折", "免费兑换", "赠品". Missing numbers fall back to a neutral "优惠券"
 * rather than printing "¥NaN".
 */
export function describeCouponValue(c: CouponValue): string {
  switch (c.kind) {
    case 'amount_off': {
      if (!isAmount(c.valueFen)) return '优惠券'
      const off = formatFenShort(c.valueFen)
      return isAmount(c.minSpendFen) && c.minSpendFen > 0 ? `满 ${formatFenShort(c.minSpendFen)} 减 ${off}` : `立减 ${off}`
    }
    case 'percent_off': {
      const p = c.percentOff
      if (typeof p !== 'number' || !(p > 0 && p < 100)) return '优惠券'
      const min = isAmount(c.minSpendFen) && c.minSpendFen > 0 ? `满 ${formatFenShort(c.minSpendFen)} 享 ` : ''
      const cap = isAmount(c.maxDiscountFen) && c.maxDiscountFen > 0 ? `，最高减 ${formatFenShort(c.maxDiscountFen)}` : ''
      return `${min}${zhe(p)} 折${cap}`
    }
    case 'free_item':
      return '免费兑换'
    case 'gift':
      return '赠品'
    case 'free_shipping':
      return '免运费'
  }
}

/** 15 % off is "8.5 折" (the share you pay, in tenths); at most two decimals, no trailing zeros. */
function zhe(percentOff: number): string {
  return String(Math.round((100 - percentOff) * 10) / 100)
}

/**
 * Fen as a compact price for coupon faces: "¥200", "¥10.50" (two decimals only when not
 * whole), no thousands separators so it stays short on a coupon face.
 */
export function formatFenShort(fen: number): string {
  if (!Number.isFinite(fen)) return '¥—'
  const whole = Math.round(fen)
  const abs = Math.abs(whole)
  const cents = abs % 100
  const yuan = `${(abs - cents) / 100}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`
  return `${whole < 0 ? '-' : ''}¥${yuan}`
}

function isAmount(v: number | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}
