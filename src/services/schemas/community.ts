import * as v from 'valibot'
import { Count, Instant, LevelCodeSchema } from './common'

export const CommunityEventSchema = v.object({
  id: v.string(),
  title: v.string(),
  description: v.optional(v.string(), ''),
  startsAt: Instant,
  endsAt: Instant,
  place: v.optional(v.string()),
  onlineUrl: v.optional(v.string()),
  minLevelCode: LevelCodeSchema,
  seats: Count,
  seatsLeft: Count,
  status: v.picklist(['open', 'full', 'closed']),
  myStatus: v.picklist(['none', 'registered', 'waitlisted', 'attended']),
  waitlistPosition: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
})
export type CommunityEventDto = v.InferOutput<typeof CommunityEventSchema>

export const CommunityEventsResponse = v.object({ events: v.array(CommunityEventSchema) })
export const RegistrationResponse = v.object({
  registration: v.object({ status: v.picklist(['registered', 'waitlisted', 'cancelled']), waitlistPosition: v.optional(v.number()) }),
  event: CommunityEventSchema,
})
