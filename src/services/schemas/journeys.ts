import * as v from 'valibot'
import { Count, Instant, LevelCodeSchema } from './common'

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

export const ValueResponse = v.object({
  savedFen: Count,
  couponsUsed: Count,
  rightsUsed: Count,
  eventsAttended: Count,
  ideasAdopted: Count,
  cocreationAdopted: Count,
})
export type ValueDto = v.InferOutput<typeof ValueResponse>

export const JourneyResponse = v.object({
  milestones: v.array(
    v.object({
      at: Instant,
      kind: v.picklist(['joined', 'level-up', 'level-down', 'first-purchase', 'first-referral', 'idea-adopted', 'cocreation-adopted', 'event-attended']),
      title: v.string(),
    }),
  ),
})
export type MilestoneDto = v.InferOutput<typeof JourneyResponse>['milestones'][number]

const RatingKind = v.picklist(['first-purchase', 'redemption', 'event', 'workshop'])
export const PendingRatingsResponse = v.object({
  subjects: v.array(v.object({ kind: RatingKind, id: v.string(), title: v.string(), at: Instant })),
})
export type RatingSubjectDto = v.InferOutput<typeof PendingRatingsResponse>['subjects'][number]
export const RatingResponse = v.object({ rating: v.object({ subject: v.object({ kind: RatingKind, id: v.string() }), score: v.number(), ratedAt: Instant }) })
