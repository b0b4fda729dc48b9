import * as v from 'valibot'
import { Count, Instant } from './common'

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
