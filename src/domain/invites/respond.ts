import { levelByCode, rankOf, type LevelCode } from '../levels'
import type { Instant } from '../time'
import { isPastDeadline } from './deadline'
import { inPool, seatsLeft, waitlistPosition } from './seats'
import type { Activity, Invite } from './types'

export type InviteRefusalCode = 'ALREADY_ANSWERED' | 'ALREADY_ACCEPTED' | 'EXPIRED' | 'SLOT_REQUIRED' | 'SLOT_UNKNOWN' | 'LEVEL_TOO_LOW'

export interface RespondInput {
  invite: Invite
  activity: Activity
  memberId: string
  /** The member's level now; only an accept is gated by it (anyone may say no). */
  levelCode: LevelCode
  accept: boolean
  slotId?: string
  now: Instant
}

export type RespondResult =
  | { ok: true; invite: Invite; activity: Activity; promoted?: string }
  | { ok: false; status: 400 | 403 | 409 | 410 | 422; code: InviteRefusalCode; message: string }

/** SLOT_UNKNOWN is 400: the contract makes an unknown field value a bad request. */
const STATUS = { ALREADY_ANSWERED: 409, ALREADY_ACCEPTED: 409, EXPIRED: 410, SLOT_REQUIRED: 422, SLOT_UNKNOWN: 400, LEVEL_TOO_LOW: 403 } as const

export function inviteRefusalMessage(code: InviteRefusalCode, minLevelCode?: LevelCode): string {
  switch (code) {
    case 'ALREADY_ANSWERED': return '你已回复过这份邀请'
    case 'ALREADY_ACCEPTED': return '你已接受升级邀请并成为核心共创，无法撤回'
    case 'EXPIRED': return '邀请已过回复截止时间'
    case 'SLOT_REQUIRED': return '请先选择一个场次'
    case 'SLOT_UNKNOWN': return '所选场次不存在'
    case 'LEVEL_TOO_LOW':
      return minLevelCode ? `达到「${levelByCode(minLevelCode).name}」等级后可接受这份邀请` : '当前等级暂不可接受这份邀请'
  }
}

function refuse(code: InviteRefusalCode, invite: Invite): RespondResult {
  return { ok: false, status: STATUS[code], code, message: inviteRefusalMessage(code, invite.minLevelCode) }
}

const without = (list: readonly string[], memberId: string) => list.filter((m) => m !== memberId)

function withSlot(activity: Activity, memberId: string, slotId: string | undefined): Activity['slotOf'] {
  const { [memberId]: _dropped, ...rest } = activity.slotOf ?? {}
  return slotId === undefined ? rest : { ...rest, [memberId]: slotId }
}

/**
 * One member's answer, as a pure transition (inputs are never mutated). Checks, first failing
 * wins: a no to an accepted level-up invitation (409 ALREADY_ACCEPTED, the level stays), deadline
 * (410, whatever the state: nothing changes after it), a final decline (409), then for an
 * accept: a second accept (409), level (403), slot (422/400); then the move.
 */
export function respondToInvite(input: RespondInput): RespondResult {
  const { invite, activity, memberId, now } = input
  // The level-up invitation made the member 核心共创 when accepted: no seat to give back, and the
  // level stays, so a later no is refused rather than recorded, before or after the deadline
  // (contract part 3, "Trust").
  if (!input.accept && invite.kind === 'level_up' && invite.status === 'accepted') return refuse('ALREADY_ACCEPTED', invite)
  if (invite.status === 'expired' || isPastDeadline(invite.respondBy, now)) return refuse('EXPIRED', invite)
  if (invite.status === 'declined') return refuse('ALREADY_ANSWERED', invite)
  if (!input.accept) return decline(input)
  if (invite.status !== 'pending') return refuse('ALREADY_ANSWERED', invite)
  if (rankOf(input.levelCode) < rankOf(invite.minLevelCode)) return refuse('LEVEL_TOO_LOW', invite)

  const slots = activity.slots ?? []
  if (input.slotId !== undefined && !slots.some((s) => s.id === input.slotId)) return refuse('SLOT_UNKNOWN', invite)
  if (input.slotId === undefined && slots.length > 1) return refuse('SLOT_REQUIRED', invite)
  // A single slot is the only choice there is, so it is taken without asking.
  const slotId = input.slotId ?? slots[0]?.id

  const base: Activity = {
    ...activity,
    accepted: without(activity.accepted, memberId),
    waitlist: without(activity.waitlist, memberId),
    ...(slots.length > 0 ? { slotOf: withSlot(activity, memberId, slotId) } : {}),
  }
  const left = seatsLeft(base, slotId)
  if (left === null || left > 0) {
    const next = { ...base, accepted: [...base.accepted, memberId] }
    return { ok: true, activity: next, invite: { ...clearPosition(invite), status: 'accepted', ...(slotId ? { slotId } : {}) } }
  }
  const next = { ...base, waitlist: [...base.waitlist, memberId] }
  const position = waitlistPosition(next, memberId) ?? undefined
  return { ok: true, activity: next, invite: { ...invite, status: 'waitlisted', waitlistPosition: position, ...(slotId ? { slotId } : {}) } }
}

/**
 * A no to a pending invite is final. A no to an accepted or waitlisted invite cancels it; a seat
 * freed that way goes to the first on the same pool's waitlist, whom the caller must tell
 * (`promoted`, then syncInviteWithActivity for them and for everyone whose position moved).
 */
function decline(input: RespondInput): RespondResult {
  const { invite, activity, memberId } = input
  const declined: Invite = { ...clearPosition(invite), status: 'declined' }
  if (invite.status === 'pending') return { ok: true, invite: declined, activity }

  const slotId = activity.slotOf?.[memberId]
  let next: Activity = {
    ...activity,
    accepted: without(activity.accepted, memberId),
    waitlist: without(activity.waitlist, memberId),
    ...(activity.slotOf ? { slotOf: withSlot(activity, memberId, undefined) } : {}),
  }
  const first = inPool(next, next.waitlist, slotId)[0]
  const left = seatsLeft(next, slotId)
  if (first === undefined || (left !== null && left <= 0)) return { ok: true, invite: declined, activity: next }
  next = { ...next, accepted: [...next.accepted, first], waitlist: without(next.waitlist, first) }
  return { ok: true, invite: declined, activity: next, promoted: first }
}

function clearPosition(invite: Invite): Invite {
  const { waitlistPosition: _position, ...rest } = invite
  return rest
}
