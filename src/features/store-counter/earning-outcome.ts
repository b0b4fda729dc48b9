import { isApiError } from '@/services/errors'
import type { Outcome } from './outcome'

/** Every refusal of the earning calls, in the clerk's words. */
const REFUSED: Record<string, string> = {
  CODE_UNKNOWN: '会员码无效，请让顾客刷新会员码后重新扫描',
  CODE_EXPIRED: '会员码已过期，请让顾客刷新会员码后重新扫描',
  ORDER_DUPLICATE: '这个订单号已经记录过消费，不会重复计入',
  ORDER_UNKNOWN: '没有这个订单号的消费记录，请核对订单号',
  REFUND_TOO_LARGE: '退款金额超过该订单可退的金额',
  NOT_ACCEPTED: '这位会员还没有确认参加这场活动，不能签到',
  ALREADY_CHECKED_IN: '这位会员已经签到过了，不会重复计入',
  INVITE_NOT_FOUND: '这位会员没有这份活动邀请，请核对活动编号',
  BAD_REQUEST: '输入有误，请核对金额和订单号',
  IDEMPOTENCY_MISMATCH: '上一次操作的内容已改变，请重新操作',
}

export function earningOutcomeOfError(e: unknown, what: string): Outcome {
  if (isApiError(e) && e.kind === 'client' && e.code) {
    return { kind: 'refused', code: e.code, text: REFUSED[e.code] ?? (e.message || `${what}被拒绝`) }
  }
  return { kind: 'unknown', text: `网络或服务异常，不确定是否已${what}。请再点一次（同一操作不会重复计入）` }
}

/** "128" or "128.5" yuan → fen; null when it is not a positive amount with at most two decimals. */
export function parseYuan(text: string): number | null {
  const m = /^\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(text)
  if (!m) return null
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return fen > 0 ? fen : null
}
