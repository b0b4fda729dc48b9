import type { ShareChannel, ShareTargetKind } from '../../src/domain/earning'
import { dict } from '../db/dict'
import type { SharedState } from '../db/shared-state'

/** Codes that expired this long ago are forgotten (then they read as unknown). */
export const MEMBER_CODE_MEMORY_MS = 24 * 60 * 60 * 1000

/** A member code the backend issued (epoch ms); forgotten a day after it expired. */
export interface IssuedMemberCode {
  memberKey: string
  issuedAt: number
  expiresAt: number
}

export interface PurchaseBody {
  purchase: { id: string; memberId: string; amountFen: number; orderId: string; storeId: string; recordedAt: string }
}
export interface RefundBody {
  refund: { id: string; orderId: string; amountFen: number; storeId: string; refundedAt: string }
}
export interface StaffCheckInBody {
  /** `inviteId` for an accepted invite, `eventId` for a community event. */
  checkIn: { id: string; memberId: string; inviteId?: string; eventId?: string; storeId: string; checkedInAt: string }
}

export interface StoredPurchase {
  memberKey: string
  body: PurchaseBody
  refundedFen: number
}

export interface StoredShare {
  id: string
  sharerKey: string
  target: { kind: ShareTargetKind; id?: string }
  channel: ShareChannel
  createdAt: string
  /** Member keys that opened it, in order; the first other than the sharer credits it. */
  visitors: string[]
  credited: boolean
}

/** Earning's part of `SharedState.extra`, created on first use (plain JSON, persisted). */
export interface EarningShared {
  memberCodes: Record<string, IssuedMemberCode>
  /** orderId → the purchase, with what has been refunded on it. */
  orders: Record<string, StoredPurchase>
  /** Body idempotency keys of the staff endpoints → the first 201 body (replayed as 200). */
  purchaseKeys: Record<string, PurchaseBody>
  refundKeys: Record<string, RefundBody>
  checkInKeys: Record<string, StaffCheckInBody>
  shares: Record<string, StoredShare>
  /** `${sharerKey} ${YYYY-MM-DD}` → shares credited that Shanghai day. */
  creditedPerDay: Record<string, number>
  /** `${sharerKey} ${visitorKey}` → true once that person credited that sharer (ever, any share). */
  creditedPeople: Record<string, true>
  nextSeq: number
}

export function earningShared(shared: SharedState): EarningShared {
  const slot = (shared.extra.earning ?? {}) as Partial<EarningShared>
  const value: EarningShared = {
    memberCodes: dict(slot.memberCodes),
    orders: dict(slot.orders),
    purchaseKeys: dict(slot.purchaseKeys),
    refundKeys: dict(slot.refundKeys),
    checkInKeys: dict(slot.checkInKeys),
    shares: dict(slot.shares),
    creditedPerDay: dict(slot.creditedPerDay),
    creditedPeople: dict(slot.creditedPeople),
    nextSeq: slot.nextSeq ?? 1,
  }
  shared.extra.earning = value
  return value
}

/** Ids that never repeat within a backend: `p-000001`, `rf-000002`, `sh-…`. */
export function nextId(state: EarningShared, prefix: string): string {
  return `${prefix}-${String(state.nextSeq++).padStart(6, '0')}`
}
