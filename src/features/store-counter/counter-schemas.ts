import * as v from 'valibot'
import { Instant } from '@/services/schemas/common'
import { CouponKindSchema } from '@/services/schemas/coupons'

/** The counter's own answers (API-CONTRACT part 3, Counter); every one is checked before it is shown. */
export const CounterCouponSchema = v.object({
  id: v.string(),
  title: v.string(),
  kind: CouponKindSchema,
  valueFen: v.optional(v.number()),
  discountPercent: v.optional(v.number()),
  minSpendFen: v.optional(v.number()),
  validFrom: v.optional(Instant),
  validUntil: Instant,
  storeIds: v.array(v.string()),
  status: v.picklist(['available', 'used', 'expired']),
  usedAt: v.optional(Instant),
  usedStoreId: v.optional(v.string()),
})
export type CounterCouponDto = v.InferOutput<typeof CounterCouponSchema>

export const UNUSABLE_REASONS = ['USED', 'EXPIRED', 'NOT_YET_VALID', 'WRONG_STORE', 'CODE_EXPIRED'] as const

export const CodeLookupResponse = v.variant('kind', [
  v.object({
    kind: v.literal('member'),
    member: v.object({ nicknameMasked: v.string(), levelCode: v.picklist(['explorer', 'experiencer', 'engager', 'cocreator']) }),
    coupons: v.array(CounterCouponSchema),
    codeExpiresAt: v.optional(Instant),
  }),
  v.object({
    kind: v.literal('coupon'),
    coupon: CounterCouponSchema,
    usableHere: v.boolean(),
    reason: v.optional(v.picklist(UNUSABLE_REASONS)),
    codeExpiresAt: v.optional(Instant),
  }),
])
export type CodeLookupDto = v.InferOutput<typeof CodeLookupResponse>
export type MemberLookupDto = Extract<CodeLookupDto, { kind: 'member' }>
export type CouponLookupDto = Extract<CodeLookupDto, { kind: 'coupon' }>

const RedemptionSchema = v.object({ id: v.string(), couponId: v.string(), storeId: v.string(), redeemedAt: Instant })

export const CheckoutResponse = v.object({
  checkout: v.object({
    id: v.string(),
    purchase: v.object({ id: v.string(), amountFen: v.number(), orderId: v.string(), storeId: v.string(), recordedAt: Instant }),
    redemptions: v.array(RedemptionSchema),
    recordedAt: Instant,
    voidableUntil: v.optional(Instant),
  }),
})
export type CheckoutDto = v.InferOutput<typeof CheckoutResponse>['checkout']

export const VoidResponse = v.object({
  void: v.object({
    id: v.string(),
    redemptionId: v.optional(v.string()),
    checkoutId: v.optional(v.string()),
    voidedAt: Instant,
    couponIds: v.array(v.string()),
    amountFen: v.optional(v.number()),
  }),
})

export const DayLogResponse = v.object({
  date: v.optional(v.string()),
  entries: v.array(
    v.object({
      id: v.string(),
      at: Instant,
      kind: v.picklist(['redemption', 'purchase', 'refund', 'check-in', 'checkout', 'void']),
      amountFen: v.optional(v.number()),
      couponTitle: v.optional(v.string()),
      couponCount: v.optional(v.number()),
      orderId: v.optional(v.string()),
      memberMasked: v.string(),
      voidable: v.boolean(),
      voidableUntil: v.optional(Instant),
      voidedAt: v.optional(Instant),
      voidOf: v.optional(v.string()),
    }),
  ),
  totals: v.object({ redemptions: v.number(), purchasesFen: v.number(), refundsFen: v.number(), voids: v.number() }),
})
export type DayLogDto = v.InferOutput<typeof DayLogResponse>
export type DayLogEntryDto = DayLogDto['entries'][number]
