import {
  checkInStreak,
  CHECK_IN_TITLE,
  generateMemberCode,
  creditsShareVisit,
  MEMBER_CODE_REFRESH_AFTER_MS,
  MEMBER_CODE_TTL_MS,
  shanghaiDateOf,
  shanghaiMonthOf,
  SHARE_CHANNELS,
  SHARE_TARGET_KINDS,
  SHARE_VISIT_TITLE,
  type ShareTargetKind,
} from '../../src/domain/earning'
import { toIso } from '../../src/domain/time'
import type { Backend } from '../db/backend'
import { parseMemberKey } from '../db/member-key'
import { appendEvents, type MemberState } from '../db/member-state'
import { RandomSourceUnavailable } from '../db/random-source'
import { earningShared, MEMBER_CODE_MEMORY_MS, nextId, type StoredShare } from '../seeds/earning-state'
import { badRequest, HttpError } from './errors'
import { growthBody } from './growth'
import { readEnum, readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

/** The Shanghai days this member checked in, read off the ledger so a reset forgets them too. */
function checkInDays(member: MemberState): string[] {
  return member.ledger.filter((e) => e.type === 'interaction' && e.title === CHECK_IN_TITLE).map((e) => shanghaiDateOf(Date.parse(e.occurredAt)))
}

function issueMemberCode(ctx: RouteContext) {
  const member = ctx.member()
  const now = ctx.backend.now()
  const codes = earningShared(ctx.backend.shared).memberCodes
  for (const [code, issued] of Object.entries(codes)) if (issued.expiresAt + MEMBER_CODE_MEMORY_MS < now) delete codes[code]
  let code: string
  try {
    code = generateMemberCode(ctx.backend.randomBytes, (candidate) => candidate in codes)
  } catch (error) {
    if (error instanceof RandomSourceUnavailable) throw new HttpError(503, 'SERVICE_UNAVAILABLE', '暂时无法生成安全的会员码，请稍后重试')
    throw error
  }
  const expiresAt = now + MEMBER_CODE_TTL_MS
  codes[code] = { memberKey: member.key, issuedAt: now, expiresAt }
  return ok({ code, expiresAt: toIso(expiresAt), refreshAfterMs: MEMBER_CODE_REFRESH_AFTER_MS, serverTime: toIso(now) }, 201)
}

function dailyCheckIn(ctx: RouteContext) {
  const member = ctx.member()
  const now = ctx.backend.now()
  const today = shanghaiDateOf(now)
  const days = checkInDays(member)
  if (days.includes(today)) throw new HttpError(409, 'ALREADY_CHECKED_IN', '今天已经签到过了，明天再来')
  appendEvents(member, [{ type: 'interaction', title: CHECK_IN_TITLE, occurredAt: toIso(now) }])
  ctx.backend.refreshHeld(member)
  return ok({ checkIn: { date: today, streak: checkInStreak([...days, today], now) }, growth: growthBody(ctx.backend, member) }, 201)
}

function checkInMonth(ctx: RouteContext) {
  const now = ctx.backend.now()
  const month = ctx.req.query.month ?? shanghaiMonthOf(now)
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badRequest('month 必须是 YYYY-MM')
  const days = checkInDays(ctx.member())
  const inMonth = [...new Set(days.filter((d) => d.startsWith(`${month}-`)))].sort()
  return ok({ days: inMonth, streak: checkInStreak(days, now), checkedInToday: days.includes(shanghaiDateOf(now)) })
}

/** The in-app path a share opens, carrying its id (a page that needs an id gets it too). */
function sharePath(kind: ShareTargetKind, id: string | undefined, shareId: string): string {
  const q = `shareId=${encodeURIComponent(shareId)}`
  const withId = (page: string) => (id ? `/pages/${page}/index?id=${encodeURIComponent(id)}&${q}` : `/pages/home/index?${q}`)
  switch (kind) {
    case 'invite':
      return withId('invite-detail')
    case 'right':
      return withId('right-detail')
    case 'coupon-template':
      return `/pages/claim-center/index?${id ? `templateId=${encodeURIComponent(id)}&` : ''}${q}`
    default:
      return `/pages/home/index?${q}`
  }
}

function createShare(ctx: RouteContext) {
  const body = readObjectBody(ctx.req.body)
  rejectUnknownFields(body, ['target', 'channel'])
  const channel = readEnum(body, 'channel', SHARE_CHANNELS)
  const target = readObjectBody(body.target)
  rejectUnknownFields(target, ['kind', 'id'])
  const kind = readEnum(target, 'kind', SHARE_TARGET_KINDS)
  if (target.id !== undefined && (typeof target.id !== 'string' || target.id === '' || target.id.length > 64)) throw badRequest('target.id 必须是非空字符串')
  const member = ctx.member()
  const state = earningShared(ctx.backend.shared)
  const share: StoredShare = {
    id: nextId(state, 'sh'),
    sharerKey: member.key,
    target: { kind, ...(typeof target.id === 'string' ? { id: target.id } : {}) },
    channel,
    createdAt: toIso(ctx.backend.now()),
    visitors: [],
    credited: false,
  }
  state.shares[share.id] = share
  return ok({ share: { id: share.id, path: sharePath(kind, share.target.id, share.id) } }, 201)
}

/**
 * A visit credits the sharer once (`creditsShareVisit`): the first opener other than the sharer
 * who never credited this sharer before, while the sharer has fewer than five this Shanghai day.
 * Synchronous, so 30 racing visitors credit one.
 */
function visitShare(ctx: RouteContext) {
  const state = earningShared(ctx.backend.shared)
  const share = state.shares[ctx.params.id]
  if (!share) throw new HttpError(404, 'SHARE_NOT_FOUND', '这个分享链接不存在或已失效')
  const visitor = ctx.memberKey.key
  const firstTime = !share.visitors.includes(visitor)
  if (firstTime) share.visitors.push(visitor)
  const credited = creditIfDue(ctx.backend, state, share, visitor, firstTime)
  return ok({ credited }, 201)
}

function creditIfDue(backend: Backend, state: ReturnType<typeof earningShared>, share: StoredShare, visitor: string, firstTime: boolean): boolean {
  const sharerKey = parseMemberKey(share.sharerKey)
  if (!sharerKey) return false
  const now = backend.now()
  const dayKey = `${share.sharerKey} ${shanghaiDateOf(now)}`
  const personKey = `${share.sharerKey} ${visitor}`
  const due = creditsShareVisit({
    shareCredited: share.credited,
    openedBefore: !firstTime,
    visitorIsSharer: visitor === share.sharerKey,
    personCreditedSharer: state.creditedPeople[personKey] === true,
    creditedToday: state.creditedPerDay[dayKey] ?? 0,
  })
  if (!due) return false
  state.creditedPerDay[dayKey] = (state.creditedPerDay[dayKey] ?? 0) + 1
  state.creditedPeople[personKey] = true
  share.credited = true
  const sharer = backend.member(sharerKey)
  appendEvents(sharer, [{ type: 'share', title: SHARE_VISIT_TITLE, occurredAt: toIso(now) }])
  backend.refreshHeld(sharer)
  return true
}

export const earningRoutes: Route[] = [
  { method: 'POST', pattern: '/me/code', handle: issueMemberCode },
  { method: 'POST', pattern: '/check-ins', handle: dailyCheckIn },
  { method: 'GET', pattern: '/check-ins', handle: checkInMonth },
  { method: 'POST', pattern: '/shares', handle: createShare },
  { method: 'POST', pattern: '/shares/:id/visits', handle: visitShare },
]
