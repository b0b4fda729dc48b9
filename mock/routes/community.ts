import { levelByCode, parseInstant, toIso } from '../../src/domain'
import { cancel, checkIn, EVENT_CHECK_IN_TITLE, eventStatusOf, myStatusOf, register, seatsLeftOf, type EventSeats } from '../../src/domain/community'
import type { Backend } from '../db/backend'
import { appendEvents, type MemberState } from '../db/member-state'
import { communityShared, type CommunityEvent } from '../seeds/community'
import { notMember } from './caller'
import { HttpError } from './errors'
import { own } from './own'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

/**
 * 社群活动: open to every member at the event's level. Every handler is synchronous from read to
 * write, so racing sign-ups on the shared seats never oversubscribe (n on k seats: k registered,
 * the rest waiting in arrival order).
 */

function joinedMember(ctx: RouteContext): MemberState {
  const member = ctx.member()
  if (member.notJoined) throw notMember()
  return member
}

function eventById(backend: Backend, id: string) {
  const state = communityShared(backend.shared, backend.now())
  const event = state.events.find((e) => e.id === id)
  if (!event) throw new HttpError(404, 'EVENT_NOT_FOUND', '没有这场活动')
  const seats = own(state.seats, id) ?? { registered: [], waitlist: [], attended: [] }
  return { state, event, seats }
}

export function eventBody(backend: Backend, event: CommunityEvent, seats: EventSeats, memberKey: string) {
  return {
    ...event,
    seatsLeft: seatsLeftOf(seats, event.seats),
    status: eventStatusOf(seats, event.seats, parseInstant(event.startsAt), backend.now()),
    ...myStatusOf(seats, memberKey),
  }
}

const isClosed = (backend: Backend, event: CommunityEvent) => !(backend.now() < parseInstant(event.startsAt))

function list(ctx: RouteContext) {
  const member = joinedMember(ctx)
  const { events, seats } = communityShared(ctx.backend.shared, ctx.backend.now())
  const body = events.map((e) => eventBody(ctx.backend, e, own(seats, e.id) ?? { registered: [], waitlist: [], attended: [] }, member.key))
  // Open and full first by start time, then closed ones most recent first.
  body.sort((a, b) => Number(a.status === 'closed') - Number(b.status === 'closed') || (a.status === 'closed' ? -1 : 1) * (parseInstant(a.startsAt) - parseInstant(b.startsAt)))
  return ok({ events: body })
}

function signUp(ctx: RouteContext) {
  rejectUnknownFields(readObjectBody(ctx.req.body, true), [])
  const member = joinedMember(ctx)
  const { state, event, seats } = eventById(ctx.backend, ctx.params.id)
  if (levelByCode(member.held.levelCode).rank < levelByCode(event.minLevelCode).rank) {
    throw new HttpError(403, 'LEVEL_TOO_LOW', `${levelByCode(event.minLevelCode).name}及以上会员可报名`)
  }
  const result = register(seats, event.seats, member.key, isClosed(ctx.backend, event))
  if (!result.ok) throw new HttpError(result.status, result.code, result.message)
  state.seats[event.id] = result.seats
  const registration = { status: result.status, ...(result.waitlistPosition ? { waitlistPosition: result.waitlistPosition } : {}) }
  return ok({ registration, event: eventBody(ctx.backend, event, result.seats, member.key) }, 201)
}

function cancelSignUp(ctx: RouteContext) {
  rejectUnknownFields(readObjectBody(ctx.req.body, true), [])
  const member = joinedMember(ctx)
  const { state, event, seats } = eventById(ctx.backend, ctx.params.id)
  const result = cancel(seats, event.seats, member.key, isClosed(ctx.backend, event))
  if (!result.ok) throw new HttpError(result.status, result.code, result.message)
  state.seats[event.id] = result.seats
  return ok({ registration: { status: 'cancelled' }, event: eventBody(ctx.backend, event, result.seats, member.key) })
}

/**
 * The counter's check-in at a community event (POST /staff/check-ins with `eventId`): the
 * member's seat is marked attended and one interaction event is added. Returns the check-in.
 */
export function checkInAtEvent(backend: Backend, member: MemberState, eventId: string) {
  const { state, event, seats } = eventById(backend, eventId)
  const result = checkIn(seats, member.key)
  if (!result.ok) throw new HttpError(result.status, result.code, result.message)
  state.seats[event.id] = result.seats
  const checkedInAt = toIso(backend.now())
  appendEvents(member, [{ type: 'interaction', title: `${EVENT_CHECK_IN_TITLE} · ${event.title}`, occurredAt: checkedInAt }])
  backend.refreshHeld(member)
  return { eventId: event.id, checkedInAt }
}

/** Events this member attended (for 已享权益 and the journey). */
export function attendedEvents(backend: Backend, memberKey: string): CommunityEvent[] {
  const { events, seats } = communityShared(backend.shared, backend.now())
  return events.filter((e) => own(seats, e.id)?.attended.includes(memberKey))
}

export const communityRoutes: Route[] = [
  { method: 'GET', pattern: '/community/events', handle: list },
  { method: 'POST', pattern: '/community/events/:id/registrations', handle: signUp },
  { method: 'POST', pattern: '/community/events/:id/registrations/cancel', handle: cancelSignUp },
]
