import { request } from '@/services/request'
import { RedemptionResponse, StoresResponse } from '@/services/schemas/coupons'
import { StaffCheckInResponse, StaffPurchaseResponse, StaffRefundResponse } from '@/services/schemas/earning'
import { StaffSessionResponse } from '@/services/schemas/staff'
import { CheckoutResponse, CodeLookupResponse, DayLogResponse, VoidResponse } from './counter-schemas'

export const fetchStores = () => request({ path: '/stores', schema: StoresResponse }).then((r) => r.stores)

export const signInStaff = (body: { storeId: string; pin: string }) =>
  request({ method: 'POST', path: '/auth/staff', body, schema: StaffSessionResponse })

/** Staff-only: the clerk's token goes on this call alone, never on the member's calls. */
export const redeem = (body: { code: string; storeId: string; idempotencyKey: string }, staffToken: string) =>
  request({ method: 'POST', path: '/redemptions', body, schema: RedemptionResponse, headers: { Authorization: `Bearer ${staffToken}` }, idempotencyKey: body.idempotencyKey }).then(
    (r) => r.redemption,
  )

/** A key no other attempt will use: time plus randomness is plenty for a till. */
export function newIdempotencyKey(): string {
  const random = new Uint32Array(2)
  const webCrypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto
  if (webCrypto?.getRandomValues) webCrypto.getRandomValues(random)
  else for (let i = 0; i < random.length; i++) random[i] = Math.floor(Math.random() * 2 ** 32)
  return `rk-${Date.now().toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`
}

const staffHeaders = (token: string) => ({ Authorization: `Bearer ${token}` })

export const recordPurchase = (body: { memberCode: string; amountFen: number; orderId: string; idempotencyKey: string }, staffToken: string) =>
  request({ method: 'POST', path: '/staff/purchases', body, schema: StaffPurchaseResponse, headers: staffHeaders(staffToken) }).then((r) => r.purchase)

export const recordRefund = (body: { orderId: string; amountFen: number; idempotencyKey: string }, staffToken: string) =>
  request({ method: 'POST', path: '/staff/refunds', body, schema: StaffRefundResponse, headers: staffHeaders(staffToken) }).then((r) => r.refund)

export const checkInAtInvite = (body: { memberCode: string; inviteId: string; idempotencyKey: string }, staffToken: string) =>
  request({ method: 'POST', path: '/staff/check-ins', body, schema: StaffCheckInResponse, headers: staffHeaders(staffToken) }).then((r) => r.checkIn)

/** GET /staff/codes/{code}: what a scanned code is, nothing done yet. */
export const lookUpCode = (code: string, staffToken: string) =>
  request({ path: `/staff/codes/${encodeURIComponent(code)}`, schema: CodeLookupResponse, headers: staffHeaders(staffToken) })

/** The body key is also the header key, so either kind of replay answers the same first answer. */
export const checkout = (body: { memberCode: string; orderId: string; amountFen: number; couponIds: string[]; idempotencyKey: string }, staffToken: string) =>
  request({ method: 'POST', path: '/staff/checkouts', body, schema: CheckoutResponse, headers: staffHeaders(staffToken), idempotencyKey: body.idempotencyKey }).then((r) => r.checkout)

export const voidAtCounter = (body: { redemptionId?: string; checkoutId?: string; idempotencyKey: string }, staffToken: string) =>
  request({ method: 'POST', path: '/staff/voids', body, schema: VoidResponse, headers: staffHeaders(staffToken), idempotencyKey: body.idempotencyKey }).then((r) => r.void)

export const fetchDayLog = (date: string, staffToken: string) => request({ path: '/staff/log', query: { date }, schema: DayLogResponse, headers: staffHeaders(staffToken) })
