import { own } from '../db/dict'
import { DAY_MS, parseInstant, summarizeGrowth, toIso, type Instant } from '../../src/domain'
import {
  effectiveInviteStatus,
  respondToInvite,
  seatsLeft,
  syncInviteWithActivity,
  type Activity,
  type Invite,
} from '../../src/domain/invites'
import type { Backend } from '../db/backend'
import type { MemberState } from '../db/member-state'
import { levelUpInvite, LEVEL_UP_REASK_DAYS, seedSeats } from '../seeds/invites'
import type { InviteActivitySeats, MemberInvite } from '../seeds/invites-types'
import { badRequest, HttpError } from './errors'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

/**
 * Co-creation invites. Every handler is synchronous: seats are read, decided and written with no
 * await in between, so racing accepts can never oversubscribe an activity.
 */

const isLevelUp = (record: MemberInvite) => record.kind === 'level_up'

/** The shared seats of an activity, seeded with the other members already there on first use. */
function seatsOf(backend: Backend, activityId: string): InviteActivitySeats {
  backend.shared.inviteActivities[activityId] ??= seedSeats(activityId)
  return backend.shared.inviteActivities[activityId] as InviteActivitySeats
}

/** The domain's view of the activity; a level-up invitation is personal and has no seats. */
function activityOf(backend: Backend, record: MemberInvite): Activity {
  const base = { id: record.activityId, ...(record.capacity === undefined ? {} : { capacity: record.capacity }), ...(record.slots ? { slots: record.slots } : {}) }
  if (isLevelUp(record)) return { ...base, accepted: [], waitlist: [] }
  const seats = seatsOf(backend, record.activityId)
  return { ...base, accepted: seats.seated, waitlist: seats.waitlist, ...(seats.slotOf ? { slotOf: seats.slotOf } : {}) }
}

function writeSeats(backend: Backend, activity: Activity): void {
  backend.shared.inviteActivities[activity.id] = {
    seated: [...activity.accepted],
    waitlist: [...activity.waitlist],
    ...(activity.slotOf ? { slotOf: { ...activity.slotOf } } : {}),
  }
}

function toInvite(record: MemberInvite): Invite {
  const { id, activityId, kind, title, description, fromStaff, message, respondBy, minLevelCode, status, slotId } = record
  return { id, activityId, kind, title, description, fromStaff, message, respondBy, minLevelCode, status, ...(slotId ? { slotId } : {}) }
}

/** What the member sees now: seats re-read from the activity (promotions), deadline by the backend clock. */
function currentInvite(backend: Backend, member: MemberState, record: MemberInvite) {
  const activity = activityOf(backend, record)
  const synced = syncInviteWithActivity(toInvite(record), activity, member.key)
  return { invite: { ...synced, status: effectiveInviteStatus(synced, backend.now()) }, activity }
}

/** The invite's status as the member sees it now; a level-up invitation is never attended at the counter. */
export function currentInviteStatus(backend: Backend, member: MemberState, record: MemberInvite): string {
  if (isLevelUp(record)) return 'level_up'
  return currentInvite(backend, member, record).invite.status
}

/** The `/invites` item: the contract's fields plus what the detail page shows. */
export function inviteBody(backend: Backend, member: MemberState, record: MemberInvite) {
  const { invite, activity } = currentInvite(backend, member, record)
  const slots = record.slots?.map((slot) => {
    const left = slot.capacity === undefined ? null : seatsLeft(activity, slot.id)
    return { ...slot, ...(left === null ? {} : { seatsLeft: left }) }
  })
  const left = record.capacity === undefined ? null : seatsLeft(activity)
  const reissueAfter =
    isLevelUp(record) && invite.status === 'declined' && record.answeredAt
      ? toIso(parseInstant(record.answeredAt) + LEVEL_UP_REASK_DAYS * DAY_MS)
      : undefined
  return {
    id: invite.id,
    kind: invite.kind,
    title: invite.title,
    description: invite.description,
    fromStaff: { ...invite.fromStaff },
    message: invite.message,
    status: invite.status,
    respondBy: invite.respondBy,
    minLevelCode: invite.minLevelCode,
    ...(record.capacity === undefined ? {} : { capacity: record.capacity }),
    ...(left === null ? {} : { seatsLeft: left }),
    ...(slots ? { slots } : {}),
    ...(invite.slotId ? { slotId: invite.slotId } : {}),
    ...(invite.waitlistPosition ? { waitlistPosition: invite.waitlistPosition } : {}),
    location: record.location,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    benefits: [...record.benefits],
    bring: [...record.bring],
    checkIn: record.checkIn,
    ...(record.attendedAt ? { attendedAt: record.attendedAt } : {}),
    ...(reissueAfter ? { reissueAfter } : {}),
  }
}

/**
 * The level-up invitation: issued once the member meets 核心共创's criteria without having been
 * invited. After a decline a new one comes LEVEL_UP_REASK_DAYS later; after an unanswered one
 * lapses, at once.
 */
export function issueLevelUpInviteIfDue(backend: Backend, member: MemberState): void {
  const now = backend.now()
  const growth = summarizeGrowth(member.held, member.ledger, now)
  if (!growth.awaitingInvite || growth.nextLevelCode !== 'cocreator') return
  const levelUps = Object.values(member.inviteAnswers).filter(isLevelUp)
  const open = levelUps.some((r) => r.status === 'accepted' || effectiveInviteStatus(toInvite(r), now) === 'pending')
  if (open) return
  const lastDecline = Math.max(
    -Infinity,
    ...levelUps.filter((r) => r.status === 'declined' && r.answeredAt).map((r) => parseInstant(r.answeredAt as string)),
  )
  if (now - lastDecline < LEVEL_UP_REASK_DAYS * DAY_MS) return
  const issued = levelUpInvite(levelUps.length + 1, now)
  member.inviteAnswers[issued.id] = issued
}

export function recordOf(member: MemberState, id: string): MemberInvite {
  // Own keys only: an id such as `constructor` names no invite (contract part 3, odd input).
  const record = own(member.inviteAnswers, id)
  if (!record) throw new HttpError(404, 'INVITE_NOT_FOUND', `没有这份邀请：${id}`)
  return record
}

function readAnswer(body: unknown): { accept: boolean; slotId?: string } {
  const answer = readObjectBody(body)
  rejectUnknownFields(answer, ['accept', 'slotId'])
  if (typeof answer.accept !== 'boolean') throw badRequest('字段 accept 必须是 true 或 false')
  if (answer.slotId !== undefined && (typeof answer.slotId !== 'string' || answer.slotId === '')) {
    throw badRequest('字段 slotId 必须是场次 id')
  }
  return { accept: answer.accept, ...(answer.slotId === undefined ? {} : { slotId: answer.slotId as string }) }
}

function respond(ctx: RouteContext) {
  const { backend } = ctx
  const answer = readAnswer(ctx.req.body)
  const member = ctx.member()
  const record = recordOf(member, ctx.params.id)
  const { invite, activity } = currentInvite(backend, member, record)
  const now: Instant = backend.now()
  const result = respondToInvite({
    invite,
    activity,
    memberId: member.key,
    levelCode: member.held.levelCode,
    accept: answer.accept,
    ...(answer.slotId === undefined ? {} : { slotId: answer.slotId }),
    now,
  })
  if (!result.ok) throw new HttpError(result.status, result.code, result.message)

  if (!isLevelUp(record)) writeSeats(backend, result.activity)
  const { slotId: _old, ...rest } = record
  member.inviteAnswers[record.id] = {
    ...rest,
    status: result.invite.status,
    ...(result.invite.slotId ? { slotId: result.invite.slotId } : {}),
    answeredAt: toIso(now),
  }
  if (isLevelUp(record) && result.invite.status === 'accepted' && !member.held.invitedTo.includes('cocreator')) {
    member.held = { ...member.held, invitedTo: [...member.held.invitedTo, 'cocreator'] }
    backend.refreshHeld(member)
  }
  return ok({ invite: inviteBody(backend, member, member.inviteAnswers[record.id]) })
}

export const inviteRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/invites',
    handle: (ctx) => {
      const member = ctx.member()
      issueLevelUpInviteIfDue(ctx.backend, member)
      return ok({ invites: Object.values(member.inviteAnswers).map((r) => inviteBody(ctx.backend, member, r)) })
    },
  },
  { method: 'POST', pattern: '/invites/:id/response', handle: respond },
]
