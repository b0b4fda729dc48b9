import { describeCouponValue, formatFenShort } from '@/domain/coupons'
import { isMemberCode } from '@/domain/earning'
import { levelByCode, type LevelCode } from '@/domain/levels'
import { formatDateTime } from '@/lib/format'
import { isApiError } from '@/services/errors'
import type { CounterCouponDto, CouponLookupDto } from './counter-schemas'
import type { Outcome } from './outcome'

/** ¥128.00: a till shows fen with two decimals, always. */
export const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`

export const levelName = (code: LevelCode) => levelByCode(code).name

/** "立减 ¥10", "满 ¥100 减 ¥20", "8.5 折": the coupon's value in words. */
export const couponValue = (c: CounterCouponDto) =>
  describeCouponValue({ kind: c.kind, valueFen: c.valueFen, percentOff: c.discountPercent, minSpendFen: c.minSpendFen })

export const minSpendText = (c: CounterCouponDto) => (c.minSpendFen && c.minSpendFen > 0 ? `满 ${formatFenShort(c.minSpendFen)} 可用` : '无门槛')

/** The state line of a coupon preview: can it be redeemed here now, and if not, why (with when and where). */
export function couponStateText(lookup: CouponLookupDto, storeName: (id: string) => string): string {
  const c = lookup.coupon
  if (lookup.usableHere) return '可用'
  switch (lookup.reason) {
    case 'USED':
      return `已核销${c.usedAt ? ` · ${formatDateTime(c.usedAt)}` : ''}${c.usedStoreId ? ` · ${storeName(c.usedStoreId)}` : ''}`
    case 'EXPIRED':
      return `已过期（${formatDateTime(c.validUntil)} 到期）`
    case 'NOT_YET_VALID':
      return c.validFrom ? `未到生效时间（${formatDateTime(c.validFrom)} 起可用）` : '未到生效时间'
    case 'WRONG_STORE':
      return '非本店可用'
    case 'CODE_EXPIRED':
      return '码已失效，请顾客刷新券码后重新扫描'
    default:
      return '不可核销'
  }
}

/** What the counter says when a look-up is refused: which kind of code, and what to do. */
export function lookUpRefusal(e: unknown, code: string): Outcome {
  const member = isMemberCode(code)
  if (isApiError(e) && e.kind === 'client') {
    if (e.code === 'CODE_EXPIRED') return { kind: 'refused', code: e.code, text: member ? '会员码已过期，请让顾客刷新会员码后重新扫描' : '码已失效，请顾客刷新券码后重新扫描' }
    if (e.code === 'CODE_UNKNOWN' || e.status === 400 || e.status === 404) {
      return { kind: 'refused', code: e.code ?? 'CODE_UNKNOWN', text: member ? '会员码无效，请让顾客刷新会员码后重新扫描' : '券码无效，请核对数字或重新扫描' }
    }
    return { kind: 'refused', code: e.code ?? 'REFUSED', text: e.message || '查询被拒绝' }
  }
  return { kind: 'unknown', text: '网络或服务异常，没有查到这个码。请再扫一次' }
}

const CHECKOUT_REFUSED: Record<string, string> = {
  ORDER_DUPLICATE: '这个订单号已经记录过消费，不会重复计入，请核对订单号',
  CODE_EXPIRED: '会员码已过期，请让顾客刷新会员码后重新扫描，已勾选的券不会丢',
  CODE_UNKNOWN: '会员码无效，请让顾客刷新会员码后重新扫描',
  COUPON_NOT_USABLE: '有券现在不能在本店使用，整单未记录。已刷新可用券，请重新勾选后再确认',
  IDEMPOTENCY_MISMATCH: '上一次结账的内容已改变，请再点一次确认',
  BAD_REQUEST: '输入有误，请核对金额和订单号',
}

const VOID_REFUSED: Record<string, string> = {
  VOID_WINDOW_PASSED: '已超过 10 分钟，不能撤销。如需退款，请在「退款」中办理',
  STORE_MISMATCH: '这笔不是本店办理的，只能由原门店撤销',
  ALREADY_VOIDED: '这笔已经撤销过了，券已可再次使用',
  PART_OF_CHECKOUT: '这张券是整笔结账的一部分，请撤销整笔结账',
  NOT_FOUND: '找不到这笔记录，请刷新今日记录',
}

export function refusalOf(e: unknown, what: 'checkout' | 'void', doing: string): Outcome {
  const words = what === 'checkout' ? CHECKOUT_REFUSED : VOID_REFUSED
  if (isApiError(e) && e.kind === 'client' && e.code) return { kind: 'refused', code: e.code, text: words[e.code] ?? (e.message || `${doing}被拒绝`) }
  return { kind: 'unknown', text: `网络或服务异常，不确定是否已${doing}。请再点一次（同一操作不会重复计入）` }
}

export const LOG_KIND: Record<string, string> = {
  redemption: '核销',
  purchase: '消费',
  refund: '退款',
  'check-in': '签到',
  checkout: '结账',
  void: '撤销',
}
