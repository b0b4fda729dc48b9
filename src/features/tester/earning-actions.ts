import { newIdempotencyKey } from '@/services/idempotency'
import { request } from '@/services/request'
import { MemberCodeResponse, ShareResponse, ShareVisitResponse, StaffPurchaseResponse } from '@/services/schemas/earning'
import { StaffSessionResponse } from '@/services/schemas/staff'

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`

/**
 * 以店员身份记一笔消费: what a clerk would do at the till, end to end through the contract: the
 * current persona's member code, a staff sign-in at 上海静安店, then the purchase.
 */
export async function purchaseAsClerk(amountFen: number): Promise<string> {
  const { code } = await request({ method: 'POST', path: '/me/code', schema: MemberCodeResponse, idempotencyKey: newIdempotencyKey('tcode') })
  const staff = await request({ method: 'POST', path: '/auth/staff', body: { storeId: 's-jingan', pin: '2468' }, schema: StaffSessionResponse })
  const orderId = `T-${Date.now().toString(36)}`
  const { purchase } = await request({
    method: 'POST',
    path: '/staff/purchases',
    body: { memberCode: code, amountFen, orderId, idempotencyKey: newIdempotencyKey('tbuy') },
    schema: StaffPurchaseResponse,
    headers: { Authorization: `Bearer ${staff.token}` },
  })
  return `店员已记录消费 ${yuan(purchase.amountFen)}（订单 ${purchase.orderId}）`
}

/** 打开分享链接: the current persona shares the home; someone else (a fresh copy of newcomer) opens it. */
export async function openShareAsAnother(): Promise<string> {
  const { share } = await request({ method: 'POST', path: '/shares', body: { target: { kind: 'home' }, channel: 'link' }, schema: ShareResponse, idempotencyKey: newIdempotencyKey('tshare') })
  const visitor = `newcomer~${1 + Math.floor(Math.random() * 999)}`
  const { credited } = await request({
    method: 'POST',
    path: `/shares/${encodeURIComponent(share.id)}/visits`,
    body: {},
    schema: ShareVisitResponse,
    headers: { 'X-Persona': visitor },
  })
  return credited ? `${visitor} 打开了分享链接，分享贡献 +1` : `${visitor} 打开了分享链接，未计入（今天已计满 5 次）`
}
