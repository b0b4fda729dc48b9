import { levelByCode, parseInstant, toIso } from '../../src/domain'
import { EVENT_CHECK_IN_TITLE } from '../../src/domain/community'
import { INVITE_CHECK_IN_TITLE, shanghaiDateOf } from '../../src/domain/earning'
import type { MemberState } from '../db/member-state'
import { notMember } from './caller'
import { attendedEvents } from './community'
import { badRequest, HttpError } from './errors'
import { friendsOf } from './referrals'
import { readEnum, readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

/** 已享权益, 我的会员旅程 and ratings: read off what the member already has, nothing kept twice. */

const RATING_KINDS = ['first-purchase', 'redemption', 'event', 'workshop'] as const
type RatingKind = (typeof RATING_KINDS)[number]
/** A redemption is asked about while it is fresh; older ones are not worth a question. */
const REDEMPTION_ASK_DAYS = 30

function joinedMember(ctx: RouteContext): MemberState {
  const member = ctx.member()
  if (member.notJoined) throw notMember()
  return member
}

const yearOf = (iso: string) => shanghaiDateOf(parseInstant(iso)).slice(0, 4)
const isAttendance = (title: string) => title.startsWith(EVENT_CHECK_IN_TITLE) || title.startsWith(INVITE_CHECK_IN_TITLE)

function value(ctx: RouteContext) {
  const member = joinedMember(ctx)
  const year = ctx.req.query.year ?? shanghaiDateOf(ctx.backend.now()).slice(0, 4)
  if (!/^(19|20)\d\d$/.test(year)) throw badRequest('year 必须是四位年份，如 2026')
  const used = member.coupons.filter((c) => c.usedAt && yearOf(c.usedAt) === year)
  const rightsUsed = member.rightClaims.filter((r) => yearOf(r.claimedAt) === year).length + (member.levelGiftClaims ?? []).filter((g) => g.rightId && yearOf(g.claimedAt) === year).length
  return ok({
    savedFen: used.reduce((sum, c) => sum + (c.valueFen ?? 0), 0),
    couponsUsed: used.length,
    rightsUsed,
    eventsAttended: member.ledger.filter((e) => e.type === 'interaction' && isAttendance(e.title) && yearOf(e.occurredAt) === year).length,
    ideasAdopted: (member.ideas ?? []).filter((i) => i.adoptedAt && yearOf(i.adoptedAt) === year).length,
    cocreationAdopted: Object.values(member.cocreation?.submissions ?? {}).filter((s) => s.adoptedAt && yearOf(s.adoptedAt) === year).length,
    year: Number(year),
  })
}

function journey(ctx: RouteContext) {
  const member = joinedMember(ctx)
  const name = (code: Parameters<typeof levelByCode>[0]) => levelByCode(code).name
  const milestones: { at: string; kind: string; title: string }[] = [{ at: member.profile.joinedAt, kind: 'joined', title: '加入会员圈' }]
  for (const h of member.levelHistory ?? []) {
    const up = levelByCode(h.to).rank > levelByCode(h.from).rank
    milestones.push({ at: h.at, kind: up ? 'level-up' : 'level-down', title: up ? `升级为「${name(h.to)}」` : `等级调整为「${name(h.to)}」` })
  }
  const firstPurchase = member.ledger.filter((e) => e.type === 'purchase').sort((a, b) => parseInstant(a.occurredAt) - parseInstant(b.occurredAt))[0]
  if (firstPurchase) milestones.push({ at: firstPurchase.occurredAt, kind: 'first-purchase', title: '完成首次消费' })
  const friends = friendsOf(ctx.backend, member.key)
  const firstFriend = friends[friends.length - 1]
  if (firstFriend) milestones.push({ at: firstFriend.joinedAt, kind: 'first-referral', title: `第一位好友 ${firstFriend.nicknameMasked} 通过你的分享加入` })
  for (const idea of member.ideas ?? []) if (idea.adoptedAt) milestones.push({ at: idea.adoptedAt, kind: 'idea-adopted', title: `想法被采纳：${idea.title}` })
  for (const s of Object.values(member.cocreation?.submissions ?? {})) if (s.adoptedAt) milestones.push({ at: s.adoptedAt, kind: 'cocreation-adopted', title: '共创建议被采纳' })
  for (const e of member.ledger) if (e.type === 'interaction' && isAttendance(e.title)) milestones.push({ at: e.occurredAt, kind: 'event-attended', title: `参加活动：${e.title.split(' · ').slice(1).join(' · ') || e.title}` })
  milestones.sort((a, b) => parseInstant(b.at) - parseInstant(a.at))
  return ok({ milestones })
}

/** Subjects the member can rate now: experiences they had, each asked about once. */
function rateable(ctx: RouteContext, member: MemberState) {
  const now = ctx.backend.now()
  const subjects: { kind: RatingKind; id: string; title: string; at: string }[] = []
  const first = member.ledger.filter((e) => e.type === 'purchase').sort((a, b) => parseInstant(a.occurredAt) - parseInstant(b.occurredAt))[0]
  if (first) subjects.push({ kind: 'first-purchase', id: first.id, title: '第一次到店消费', at: first.occurredAt })
  for (const c of member.coupons) {
    if (c.usedAt && now - parseInstant(c.usedAt) < REDEMPTION_ASK_DAYS * 86_400_000) subjects.push({ kind: 'redemption', id: c.id, title: `用券：${c.title}`, at: c.usedAt })
  }
  for (const e of attendedEvents(ctx.backend, member.key)) subjects.push({ kind: 'event', id: e.id, title: e.title, at: e.endsAt })
  for (const invite of Object.values(member.inviteAnswers)) {
    if (invite.attendedAt && invite.kind === 'workshop') subjects.push({ kind: 'workshop', id: invite.id, title: invite.title, at: invite.attendedAt })
  }
  return subjects
}

const ratedKey = (kind: string, id: string) => `${kind} ${id}`

function pending(ctx: RouteContext) {
  const member = joinedMember(ctx)
  const rated = new Set((member.ratings ?? []).map((r) => ratedKey(r.kind, r.id)))
  const subjects = rateable(ctx, member).filter((s) => !rated.has(ratedKey(s.kind, s.id)))
  subjects.sort((a, b) => parseInstant(b.at) - parseInstant(a.at))
  return ok({ subjects })
}

function rate(ctx: RouteContext) {
  const body = readObjectBody(ctx.req.body)
  rejectUnknownFields(body, ['subject', 'score', 'text'])
  const subject = readObjectBody(body.subject)
  rejectUnknownFields(subject, ['kind', 'id'])
  const kind = readEnum(subject, 'kind', RATING_KINDS)
  if (typeof subject.id !== 'string' || subject.id === '' || subject.id.length > 64) throw badRequest('subject.id 必须是评价对象的 id')
  const score = body.score
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) throw badRequest('score 必须是 1 到 5 的整数')
  if (body.text !== undefined && (typeof body.text !== 'string' || [...body.text].length > 500)) throw badRequest('text 最多 500 字')
  const member = joinedMember(ctx)
  const id = subject.id
  if ((member.ratings ?? []).some((r) => r.kind === kind && r.id === id)) throw new HttpError(409, 'ALREADY_RATED', '这次体验已经评价过了，谢谢你')
  if (!rateable(ctx, member).some((s) => s.kind === kind && s.id === id)) throw new HttpError(404, 'SUBJECT_NOT_FOUND', '没有可评价的这次体验')
  const rating = { kind, id, score, ...(typeof body.text === 'string' && body.text.trim() ? { text: body.text.trim() } : {}), ratedAt: toIso(ctx.backend.now()) }
  member.ratings = [...(member.ratings ?? []), rating]
  return ok({ rating: { subject: { kind, id }, score, ...(rating.text ? { text: rating.text } : {}), ratedAt: rating.ratedAt } }, 201)
}

export const journeyRoutes: Route[] = [
  { method: 'GET', pattern: '/me/value', handle: value },
  { method: 'GET', pattern: '/me/journey', handle: journey },
  { method: 'GET', pattern: '/me/ratings/pending', handle: pending },
  { method: 'POST', pattern: '/me/ratings', handle: rate },
]
