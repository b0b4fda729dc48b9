import * as v from 'valibot'
import { Count, Instant } from './common'

export const ReferralsResponse = v.object({
  friends: v.array(
    v.object({
      nicknameMasked: v.string(),
      joinedAt: Instant,
      firstPurchaseAt: v.optional(Instant),
    }),
  ),
  credited: Count,
})
export type ReferralsDto = v.InferOutput<typeof ReferralsResponse>
