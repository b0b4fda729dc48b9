import * as v from 'valibot'
import { Instant, LevelCodeSchema } from './common'

// Apart from journeys.ts: the home and the rights tab (main package) need only these.
export const LevelGiftSchema = v.object({
  levelCode: LevelCodeSchema,
  kind: v.picklist(['coupon', 'right']),
  title: v.string(),
  description: v.string(),
  status: v.picklist(['claimable', 'claimed', 'locked']),
  claimedAt: v.optional(Instant),
  couponId: v.optional(v.string()),
  rightId: v.optional(v.string()),
})
export type LevelGiftDto = v.InferOutput<typeof LevelGiftSchema>
export const LevelGiftsResponse = v.object({ gifts: v.array(LevelGiftSchema) })
export const LevelGiftClaimResponse = v.object({
  gift: LevelGiftSchema,
  coupon: v.optional(v.object({ id: v.string(), title: v.string() })),
  right: v.optional(v.object({ id: v.string(), title: v.string() })),
})
