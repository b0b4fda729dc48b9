import * as v from 'valibot'
import { Instant } from './common'

export const REMINDER_TOPICS = ['level-expiry', 'invite-deadline', 'invite-start', 'coupon-expiry'] as const
export type ReminderTopic = (typeof REMINDER_TOPICS)[number]

export const MessageSchema = v.object({
  id: v.string(),
  topic: v.picklist(REMINDER_TOPICS),
  title: v.string(),
  body: v.string(),
  dueAt: Instant,
  read: v.boolean(),
  pushed: v.optional(v.boolean(), false),
})
export const MessagesResponse = v.object({ messages: v.array(MessageSchema), unread: v.pipe(v.number(), v.integer(), v.minValue(0)) })
export const SubscriptionsResponse = v.object({ subscriptions: v.record(v.string(), v.boolean()) })

export type Message = v.InferOutput<typeof MessageSchema>
