import { isApiError } from '@/services/errors'

export type Outcome =
  | { kind: 'success'; text: string }
  | { kind: 'refused'; code: string; text: string }
  /** Nothing known to have happened: the same attempt (same key) may be retried safely. */
  | { kind: 'unknown'; text: string }

const REFUSED: Record<string, string> = {
  ALREADY_REDEEMED: '这张券已经核销过了，不要重复收取',
  CODE_EXPIRED: '券码已过期，请顾客刷新券码后重新扫描',
  WRONG_STORE: '这张券不能在本门店使用',
  CODE_UNKNOWN: '券码无效，请核对数字或重新扫描',
  COUPON_EXPIRED: '这张券已过有效期，不能核销',
  BAD_REQUEST: '输入有误',
  STORE_MISMATCH: '登录的门店与这次核销的门店不一致，请退出后用本店重新登录',
}

export function outcomeOfError(e: unknown): Outcome {
  if (isApiError(e) && e.kind === 'client' && e.code) {
    return { kind: 'refused', code: e.code, text: REFUSED[e.code] ?? (e.message || '核销被拒绝') }
  }
  return { kind: 'unknown', text: '网络或服务异常，不确定是否已核销。请再点「核销」（同一券码不会重复核销）' }
}
