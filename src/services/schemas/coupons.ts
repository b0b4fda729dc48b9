import * as v from 'valibot'
import { Count, Fen, Instant, LevelCodeSchema } from './common'

export const CouponKindSchema = v.picklist(['amount_off', 'percent_off', 'free_item', 'gift', 'free_shipping'])
export const CouponStatusSchema = v.picklist(['available', 'used', 'expired'])

export const CouponSchema = v.object({
  id: v.string(),
  templateId: v.string(),
  title: v.string(),
  kind: CouponKindSchema,
  valueFen: v.optional(Fen),
  percentOff: v.optional(v.number()),
  minSpendFen: v.optional(Fen),
  status: CouponStatusSchema,
  claimedAt: Instant,
  validFrom: Instant,
  validUntil: Instant,
  usedAt: v.optional(Instant),
  usedStoreId: v.optional(v.string()),
  storeIds: v.array(v.string()),
  instructions: v.string(),
})
export const CouponsResponse = v.object({ coupons: v.array(CouponSchema) })
export const CouponResponse = v.object({ coupon: CouponSchema })

export const ClaimReasonSchema = v.picklist(['LEVEL_TOO_LOW', 'SOLD_OUT', 'LIMIT_REACHED', 'NOT_IN_WINDOW'])
export const TemplateSchema = v.object({
  id: v.string(),
  title: v.string(),
  kind: CouponKindSchema,
  valueFen: v.optional(Fen),
  percentOff: v.optional(v.number()),
  maxDiscountFen: v.optional(Fen),
  minSpendFen: v.optional(Fen),
  minLevelCode: LevelCodeSchema,
  stockLeft: Count,
  perMemberLimit: Count,
  claimedByMe: Count,
  claimable: v.boolean(),
  reason: v.optional(ClaimReasonSchema),
  /** The claim window, when the template has one: lets NOT_IN_WINDOW say a date. */
  claimOpensAt: v.optional(Instant),
  claimClosesAt: v.optional(Instant),
  instructions: v.optional(v.string()),
  /** Why it suits the member's preferences, when it does. */
  matchesPreference: v.optional(v.string()),
})
export const TemplatesResponse = v.object({ templates: v.array(TemplateSchema) })

export const CodeResponse = v.object({
  code: v.pipe(v.string(), v.regex(/^\d{12,20}$/)),
  expiresAt: Instant,
  refreshAfterMs: v.optional(v.pipe(v.number(), v.minValue(0))),
  /** The backend's clock at issue: aligns the app's clock (services/clock.ts). Optional so an older cached code still reads. */
  serverTime: v.optional(Instant),
})

export const StoreSchema = v.object({ id: v.string(), name: v.string(), address: v.string() })
export const StoresResponse = v.object({ stores: v.array(StoreSchema) })

export const RedemptionResponse = v.object({
  redemption: v.object({ id: v.string(), couponId: v.string(), storeId: v.string(), redeemedAt: Instant }),
})

export type CouponDto = v.InferOutput<typeof CouponSchema>
export type TemplateDto = v.InferOutput<typeof TemplateSchema>
export type CodeDto = v.InferOutput<typeof CodeResponse>
export type StoreDto = v.InferOutput<typeof StoreSchema>
export type RedemptionDto = v.InferOutput<typeof RedemptionResponse>['redemption']
