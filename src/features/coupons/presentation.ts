import { describeCouponValue, describeExpiryBadge, expiryBadge, type CouponStatus } from '@/domain/coupons'
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

export const valueText = (c: Parameters<typeof describeCouponValue>[0]) => describeCouponValue(c)

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
