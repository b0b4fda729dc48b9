import { formatFen } from '../money'

/** Growth event titles the contract names (GET /me/growth/events). */
export const CHECK_IN_TITLE = '签到'
export const SHARE_VISIT_TITLE = '分享带来访问'
export const INVITE_CHECK_IN_TITLE = '活动签到'
export const REFUND_TITLE = '退款'

export function purchaseTitle(amountFen: number): string {
  return `门店消费 ${formatFen(amountFen)}`
}

/** A checkout undone at the counter within its void window. */
export function voidTitle(amountFen: number): string {
  return `撤销门店消费 ${formatFen(amountFen)}`
}
