import { describeCouponValue, describeExpiryBadge, expiryBadge, formatFenShort, type CouponStatus } from '@/domain/coupons'
import { levelByCode, type LevelCode } from '@/domain/levels'
import { formatDate, formatValidity } from '@/lib/format'
import type { CouponDto, StoreDto, TemplateDto } from '@/services/schemas/coupons'

export const STATUS_LABEL: Record<CouponStatus, string> = { available: '可使用', used: '已使用', expired: '已过期' }

export function validityText(c: Pick<CouponDto, 'validFrom' | 'validUntil'>): string {
  return formatValidity(c.validFrom, c.validUntil)
}

export function storesText(storeIds: readonly string[], stores: readonly StoreDto[]): string {
  if (stores.length > 0 && storeIds.length >= stores.length) return '全部门店可用'
  const names = storeIds.map((id) => stores.find((s) => s.id === id)?.name ?? id)
  return names.length ? `限 ${names.join('、')}` : '—'
}

export function badgeText(c: Pick<CouponDto, 'status' | 'validUntil'>, now: number): string | null {
  const badge = expiryBadge(c, now)
  return badge ? describeExpiryBadge(badge) : null
}

/** The value in one line (claim centre, code screen); a 第二杯半价 coupon says its rule, not "5 折". */
export const valueText = (c: Parameters<typeof describeCouponValue>[0] & { title?: string }) => {
  const face = couponFace(c)
  return c.kind === 'percent_off' && !face.value.endsWith('折') ? [face.value, face.condition].filter(Boolean).join('，') : describeCouponValue(c)
}

/** Why a template cannot be claimed, in words; level locks name the level that unlocks it. */
export function claimReasonText(t: Pick<TemplateDto, 'reason' | 'minLevelCode' | 'claimOpensAt' | 'claimClosesAt'>, now: number): string {
  switch (t.reason) {
    case 'LEVEL_TOO_LOW':
      return `「${levelName(t.minLevelCode)}」及以上会员可领，升级后解锁`
    case 'SOLD_OUT':
      return '已抢光'
    case 'LIMIT_REACHED':
      return '已领取，达到每人限领数量'
    case 'NOT_IN_WINDOW':
      return windowText(t, now)
    default:
      return ''
  }
}

/** A closed window says its date (Shanghai day); an older backend without the window keeps the general words. */
function windowText(t: Pick<TemplateDto, 'claimOpensAt' | 'claimClosesAt'>, now: number): string {
  if (t.claimOpensAt && now < Date.parse(t.claimOpensAt)) return `${formatDate(t.claimOpensAt)}起可领`
  if (t.claimClosesAt && now > Date.parse(t.claimClosesAt)) return `已于${formatDate(t.claimClosesAt)}结束领取`
  return '未到领取时间，请留意领券中心的开抢通知'
}

/** Stock in words: an exact count only when it is scarce, "库存充足" for a large one, "已抢光" at zero. */
export function stockWords(stockLeft: number): string {
  if (stockLeft <= 0) return '已抢光'
  return stockLeft > 999 ? '库存充足' : `剩余 ${stockLeft} 张`
}

export function levelName(code: LevelCode): string {
  try {
    return levelByCode(code).name
  } catch {
    return code
  }
}

/**
 * A coupon's face in two parts: the value, large ("¥30", "8.5 折", "第二杯半价"), and the condition,
 * small ("满 ¥200 可用", "最高减 ¥50"). A half-price-on-the-second-item coupon is stored as 50 %
 * off with a cap; read as "5 折" it promised half off the whole order, so its title's rule is its value.
 */
export function couponFace(c: Parameters<typeof describeCouponValue>[0] & { title?: string }): { value: string; condition: string } {
  const min = typeof c.minSpendFen === 'number' && c.minSpendFen > 0 ? `满 ${formatFenShort(c.minSpendFen)} 可用` : ''
  const cap = typeof c.maxDiscountFen === 'number' && c.maxDiscountFen > 0 ? `最高减 ${formatFenShort(c.maxDiscountFen)}` : ''
  const join = (...parts: string[]) => parts.filter(Boolean).join('，')
  switch (c.kind) {
    case 'amount_off':
      return typeof c.valueFen === 'number' ? { value: formatFenShort(c.valueFen), condition: min || '无门槛' } : { value: '优惠券', condition: '' }
    case 'percent_off': {
      const rule = /第[二三]\s*(杯|件|份)半价/.exec(c.title ?? '')
      if (rule) return { value: rule[0].replace(/\s/g, ''), condition: join(min, cap) }
      const p = c.percentOff
      if (typeof p !== 'number' || !(p > 0 && p < 100)) return { value: '优惠券', condition: '' }
      return { value: `${Math.round((100 - p) * 10) / 100} 折`, condition: join(min, cap) }
    }
    case 'free_item':
      return { value: '免费兑换', condition: '到店兑换' }
    case 'gift':
      return { value: '赠品', condition: '到店领取' }
    case 'free_shipping':
      return { value: '免运费', condition: '寄送到家的订单可用' }
    default:
      return { value: describeCouponValue(c), condition: '' }
  }
}

/** A title that never breaks between a number and the words around it: "第 12 期" stays on one line. */
export function titleText(title: string): string {
  return title.replace(/ (?=[\d¥])|(?<=\d) /g, '\u00a0')
}

/** The wallet's type filter: what a member calls each kind. */
export const KIND_FILTERS = [
  { id: 'amount_off', label: '满减' },
  { id: 'percent_off', label: '折扣' },
  { id: 'free_item', label: '兑换' },
  { id: 'gift', label: '赠品' },
  { id: 'free_shipping', label: '包邮' },
] as const
