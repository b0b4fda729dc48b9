import type { LevelCode } from '../levels'

/** free_shipping: the order's delivery is free (包邮券), shown at the counter like any coupon. */
export type CouponKind = 'amount_off' | 'percent_off' | 'free_item' | 'gift' | 'free_shipping'

/** What the member's own coupon says about itself (`GET /coupons`). */
export type CouponStatus = 'available' | 'used' | 'expired'

/** `fixed`: whole Shanghai days from `from` to `until`; `relative`: N days after the claim day. */
export type CouponValidity =
  | { type: 'fixed'; from: string; until: string }
  | { type: 'relative'; days: number }

/** The operator's definition, from which members claim coupons. Instants are ISO strings. */
export interface CouponTemplate {
  id: string
  title: string
  kind: CouponKind
  /** amount_off: the discount. */
  valueFen?: number
  /** percent_off: 15 means 15 % off, shown as "8.5 折". */
  percentOff?: number
  /** percent_off: the cap on the discount. */
  maxDiscountFen?: number
  minSpendFen?: number
  minLevelCode: LevelCode
  stockTotal: number
  perMemberLimit: number
  /** Inclusive at both ends. */
  claimWindow: { from: string; to: string }
  validity: CouponValidity
  storeIds: string[]
  instructions: string
}

/** A member's coupon, field for field as `API-CONTRACT.md` defines it. */
export interface Coupon {
  id: string
  templateId: string
  title: string
  kind: CouponKind
  valueFen?: number
  percentOff?: number
  minSpendFen?: number
  status: CouponStatus
  claimedAt: string
  validFrom: string
  /** The last valid instant (inclusive). */
  validUntil: string
  usedAt?: string
  storeIds: string[]
  instructions: string
}

/** A redemption code as `POST /coupons/{id}/code` returns it. */
export interface RedemptionCode {
  code: string
  expiresAt: string
  refreshAfterMs?: number
}
