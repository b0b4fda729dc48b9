import { DAY_MS, levelByCode, parseInstant, toIso, type Instant } from '../../src/domain'
import type { Backend } from '../db/backend'
import type { MemberState } from '../db/member-state'
import { couponView } from './coupons'
import { badRequest } from './errors'
import { growthBody } from './growth'
import { inviteBody } from './invites'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route } from './types'

export const REMINDER_TOPICS = ['level-expiry', 'invite-deadline', 'invite-start', 'coupon-expiry'] as const
export type ReminderTopic = (typeof REMINDER_TOPICS)[number]
const MAX_MESSAGES = 50

interface Reminder {
  id: string
  topic: ReminderTopic
  title: string
  body: string
  dueAt: Instant
}

const fmt = (instant: Instant) => {
  const d = new Date(instant + 8 * 3600_000)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
}

/**
 * Every reminder the backend would send this member, due or not: level expiry 30 and 7 days
 * ahead, an invite's answer deadline and activity start one day ahead, a coupon's expiry three
 * days ahead. Derived from state, so moving the clock makes them come due.
 */
function allReminders(backend: Backend, member: MemberState): Reminder[] {
  const reminders: Reminder[] = []
  const now = backend.now()
  const growth = growthBody(backend, member)
  if (growth.levelExpiresAt) {
    const expiresAt = parseInstant(growth.levelExpiresAt)
    const name = levelByCode(growth.levelCode).name
    for (const days of [30, 7]) {
      reminders.push({
        id: `level-expiry-${days}:${growth.levelExpiresAt}`,
        topic: 'level-expiry',
        title: `「${name}」还有 ${days} 天到期`,
        body: growth.retention.atRisk ? `${fmt(expiresAt)} 到期，保级条件尚未达成，去成长路径看看还差什么` : `${fmt(expiresAt)} 到期，你已满足保级条件`,
        dueAt: expiresAt - days * DAY_MS,
      })
    }
  }
  for (const record of Object.values(member.inviteAnswers)) {
    const invite = inviteBody(backend, member, record)
    if (invite.status === 'pending') {
      const respondBy = parseInstant(invite.respondBy)
      // Written a day ahead; read later, "明天" would be wrong: past the deadline it says so.
      const deadlineTitle = now >= respondBy ? `「${invite.title}」已截止答复` : `「${invite.title}」明天截止答复`
      reminders.push({ id: `invite-deadline:${invite.id}`, topic: 'invite-deadline', title: deadlineTitle, body: `请在 ${fmt(respondBy)} 前答复邀请`, dueAt: respondBy - DAY_MS })
    }
    if (invite.status === 'accepted') {
      const slot = invite.slots?.find((s) => s.id === invite.slotId)
      const startsAt = parseInstant(slot?.startsAt ?? invite.startsAt)
      const endsAt = parseInstant(slot?.endsAt ?? invite.endsAt ?? '')
      // The title is true when read, not only when sent: an event that is running or over says so.
      const startTitle =
        Number.isFinite(endsAt) && now >= endsAt ? `「${invite.title}」已结束` : now >= startsAt ? `「${invite.title}」已开始` : `「${invite.title}」明天开始`
      reminders.push({ id: `invite-start:${invite.id}`, topic: 'invite-start', title: startTitle, body: `${fmt(startsAt)} 开始，地点：${invite.location}`, dueAt: startsAt - DAY_MS })
    }
  }
  for (const stored of member.coupons) {
    const coupon = couponView(stored, now)
    const until = parseInstant(coupon.validUntil)
    // Reminders of coupons long gone are not worth listing.
    if (coupon.status !== 'available' || until < now) continue
    reminders.push({ id: `coupon-expiry:${coupon.id}`, topic: 'coupon-expiry', title: `「${coupon.title}」3 天后过期`, body: `${fmt(until)} 前到店出示券码即可使用`, dueAt: until - 3 * DAY_MS })
  }
  return reminders
}

/** The 消息 centre: reminders due by the backend clock, newest first; `pushed` when the member accepted the topic. */
export function messagesBody(backend: Backend, member: MemberState) {
  const now = backend.now()
  const read = new Set(member.readMessageIds ?? [])
  const subscriptions = member.subscriptions ?? {}
  const due = allReminders(backend, member)
    .filter((r) => r.dueAt <= now)
    .sort((a, b) => b.dueAt - a.dueAt)
    .slice(0, MAX_MESSAGES)
  const messages = due.map((r) => ({ ...r, dueAt: toIso(r.dueAt), read: read.has(r.id), pushed: subscriptions[r.topic] === true }))
  return { messages, unread: messages.filter((m) => !m.read).length }
}

function readTopics(value: unknown): ReminderTopic[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((t) => (REMINDER_TOPICS as readonly unknown[]).includes(t))) {
    throw badRequest(`topics 必须是 ${REMINDER_TOPICS.join(' / ')} 组成的非空数组`)
  }
  return value as ReminderTopic[]
}

export const messageRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/me/subscriptions',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body)
      rejectUnknownFields(body, ['topics', 'accepted'])
      const topics = readTopics(body.topics)
      if (typeof body.accepted !== 'boolean') throw badRequest('accepted 必须是 true 或 false')
      const member = ctx.member()
      const subscriptions = (member.subscriptions ??= {})
      for (const topic of topics) subscriptions[topic] = body.accepted
      return ok({ subscriptions: { ...subscriptions } })
    },
  },
  {
    method: 'GET',
    pattern: '/me/messages',
    handle: (ctx) => ok(messagesBody(ctx.backend, ctx.member())),
  },
  {
    method: 'POST',
    pattern: '/me/messages/read',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body, true)
      rejectUnknownFields(body, ['ids'])
      if (body.ids !== undefined && (!Array.isArray(body.ids) || !body.ids.every((id) => typeof id === 'string'))) throw badRequest('ids 必须是字符串数组')
      const member = ctx.member()
      const ids = (body.ids as string[] | undefined) ?? messagesBody(ctx.backend, member).messages.map((m) => m.id)
      member.readMessageIds = [...new Set([...(member.readMessageIds ?? []), ...ids])]
      return ok(messagesBody(ctx.backend, member))
    },
  },
]
