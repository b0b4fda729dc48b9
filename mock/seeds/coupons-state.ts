import { validityFor, type Coupon, type CouponTemplate } from '../../src/domain/coupons'
import { toIso, type Instant } from '../../src/domain/time'
import { dict } from '../db/dict'
import type { SharedState } from '../db/shared-state'

/** A member's coupon as stored: the contract's fields plus where and how it was redeemed. */
export interface StoredCoupon extends Coupon {
  usedStoreId?: string
  redemptionId?: string
}

/** A code the backend issued: bound to one member's coupon, dead at `expiresAt` (epoch ms). */
export interface IssuedCode {
  memberKey: string
  couponId: string
  issuedAt: number
  expiresAt: number
}

export interface RedemptionBody {
  redemption: { id: string; couponId: string; storeId: string; redeemedAt: string }
}

/** The coupons issue's part of `SharedState.extra`, created on first use. */
export interface CouponShared {
  codes: Record<string, IssuedCode>
  /** idempotencyKey → the 201 body it produced. */
  redemptions: Record<string, RedemptionBody>
  nextRedemptionSeq: number
}

export function couponShared(shared: SharedState): CouponShared {
  const slot = shared.extra.coupons as Partial<CouponShared> | undefined
  const value: CouponShared = {
    codes: dict(slot?.codes),
    redemptions: dict(slot?.redemptions),
    nextRedemptionSeq: slot?.nextRedemptionSeq ?? 1,
  }
  shared.extra.coupons = value
  return value
}

/** Stock left for a template: its total until someone claims. Never below zero. */
export function stockLeft(shared: SharedState, template: CouponTemplate): number {
  return Math.max(0, shared.couponTemplateStock[template.id] ?? template.stockTotal)
}

export function formatCouponId(seq: number): string {
  return `c-${String(seq).padStart(4, '0')}`
}

/** A new coupon from a template, claimed at `claimedAt`. */
export function couponFromTemplate(template: CouponTemplate, id: string, claimedAt: Instant): StoredCoupon {
  const { validFrom, validUntil } = validityFor(template, claimedAt)
  const coupon: StoredCoupon = {
    id,
    templateId: template.id,
    title: template.title,
    kind: template.kind,
    status: 'available',
    claimedAt: toIso(claimedAt),
    validFrom: toIso(validFrom),
    validUntil: toIso(validUntil),
    storeIds: [...template.storeIds],
    instructions: template.instructions,
  }
  if (template.valueFen !== undefined) coupon.valueFen = template.valueFen
  if (template.percentOff !== undefined) coupon.percentOff = template.percentOff
  if (template.minSpendFen !== undefined) coupon.minSpendFen = template.minSpendFen
  return coupon
}
