import * as v from 'valibot'
import { Count, Instant, LevelCodeSchema } from './common'

export const RIGHT_KINDS = [
  'welcome', 'onboarding', 'discount', 'free_shipping', 'birthday_gift', 'community_event', 'share_reward',
  'early_bird', 'advisor', 'priority_service', 'beta_seat', 'workshop_seat', 'limited_stock',
] as const

export const RightSchema = v.object({
  id: v.string(),
  kind: v.picklist(RIGHT_KINDS),
  title: v.string(),
  description: v.string(),
  minLevelCode: LevelCodeSchema,
  unlocked: v.boolean(),
  /** Why the member has it: their level, or (seat rights) an invite they hold. Older backends omit it. */
  unlockedBy: v.optional(v.picklist(['level', 'invite'])),
  /** With unlockedBy `invite`: the invite that gives the seat. */
  invite: v.optional(v.object({ id: v.string(), title: v.string(), status: v.picklist(['pending', 'accepted', 'waitlisted']) })),
  claimable: v.optional(v.boolean(), false),
  stockLeft: v.optional(Count),
  /** Birthday gift: the birthday month now or next (the app judges it on server-aligned time). */
  claimWindow: v.optional(v.object({ opensAt: Instant, closesAt: Instant })),
  /** Birthday gift while the profile has no birthday. */
  needsBirthday: v.optional(v.boolean()),
  quota: v.optional(
    v.object({
      perPeriod: v.pipe(v.number(), v.integer(), v.minValue(1)),
      period: v.picklist(['month', 'year']),
      used: Count,
    }),
  ),
})

export const RightsResponse = v.object({ rights: v.array(RightSchema) })
export const RightEnvelope = v.object({ right: RightSchema })
/** A right of kind coupon also answers the coupon it put in the wallet. */
export const RightClaimed = v.object({ right: RightSchema, coupon: v.optional(v.object({ id: v.string(), title: v.string() })) })

export type RightDto = v.InferOutput<typeof RightSchema>
