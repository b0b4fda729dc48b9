import * as v from 'valibot'
import { Count, Instant, LevelCodeSchema } from './common'

export const InviteKindSchema = v.picklist(['beta_test', 'workshop', 'vip_event', 'content', 'governance', 'level_up'])
export const InviteStatusSchema = v.picklist(['pending', 'accepted', 'waitlisted', 'declined', 'expired'])

const SlotSchema = v.object({
  id: v.string(),
  label: v.string(),
  startsAt: Instant,
  endsAt: Instant,
  capacity: v.optional(Count),
  seatsLeft: v.optional(Count),
})

/** The contract's fields, plus optional details the fake backend adds for the detail page. */
export const InviteSchema = v.object({
  id: v.string(),
  kind: InviteKindSchema,
  title: v.string(),
  description: v.string(),
  fromStaff: v.object({ name: v.string(), title: v.string() }),
  message: v.string(),
  status: InviteStatusSchema,
  respondBy: Instant,
  minLevelCode: LevelCodeSchema,
  capacity: v.optional(Count),
  seatsLeft: v.optional(Count),
  slots: v.optional(v.array(SlotSchema)),
  slotId: v.optional(v.string()),
  waitlistPosition: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  location: v.optional(v.string()),
  startsAt: v.optional(Instant),
  endsAt: v.optional(Instant),
  benefits: v.optional(v.array(v.string())),
  bring: v.optional(v.array(v.string())),
  checkIn: v.optional(v.string()),
  attendedAt: v.optional(Instant),
  reissueAfter: v.optional(Instant),
})

export const InvitesResponse = v.object({ invites: v.array(InviteSchema) })
export const InviteResponse = v.object({ invite: InviteSchema })

export type InviteDto = v.InferOutput<typeof InviteSchema>
export type InviteSlotDto = v.InferOutput<typeof SlotSchema>
