import { CHECK_IN_TITLE, shanghaiDateOf } from '../../src/domain/earning'
import { RIGHTS } from '../../src/domain/rights'
import { toIso } from '../../src/domain/time'
import { identityState, mintVisitorKey, sessionForToken, type IdentityState } from '../db/identity-state'
import type { MemberKey } from '../db/member-key'
import type { MemberState } from '../db/member-state'
import { PERSONAS } from '../personas'
import { seedVisitor } from '../personas/visitor'
import { earningShared } from '../seeds/earning-state'
import { recordBody } from './cocreation'
import { couponView } from './coupons'
import { badRequest, HttpError } from './errors'
import { inviteBody } from './invites'
import { memberBody } from './member'
import { messagesBody } from './messages'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route, type RouteContext } from './types'

/**
 * The right to leave (PIPL): `GET /me/export` hands the member everything the backend holds about
 * them; `POST /me/deletion` deletes the membership at once. Kept after a deletion, as the law
 * requires: the store orders (purchases and refunds, shared state) and the redemptions of coupons
 * at the counter. Gone: profile, ledger, wallet, rights, invitations, co-creation, shares, tokens.
 */

export const DELETION_CONFIRM_WORD = '注销'
export const FAKE_DELETION_SMS_CODE = '123456'
/** An SMS code confirms a deletion for this long after it was sent. */
const SMS_CODE_VALID_MS = 10 * 60_000

function exportBody(ctx: RouteContext, member: MemberState) {
  const { backend } = ctx
  const now = backend.now()
  const state = identityState(backend.shared)
  const consent = state.consents[member.key]
  const newestFirst = [...member.ledger].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))
  const titles = new Map(RIGHTS.map((r) => [r.id, r.title]))
  const messages = messagesBody(backend, member)
  return {
    exportedAt: toIso(now),
    member: memberBody(member),
    ...(consent ? { consent: { ...consent } } : {}),
    growthEvents: newestFirst.map((event) => ({ ...event })),
    coupons: member.coupons.map((coupon) => couponView(coupon, now)),
    rights: member.rightClaims.map((claim) => ({ rightId: claim.rightId, title: titles.get(claim.rightId) ?? claim.rightId, claimedAt: claim.claimedAt })),
    invites: Object.values(member.inviteAnswers).map((record) => inviteBody(backend, member, record)),
    checkIns: member.ledger
      .filter((e) => e.type === 'interaction' && e.title === CHECK_IN_TITLE)
      .map((e) => ({ date: shanghaiDateOf(Date.parse(e.occurredAt)), checkedInAt: e.occurredAt })),
    shares: Object.values(earningShared(backend.shared).shares)
      .filter((share) => share.sharerKey === member.key)
      .map((share) => ({ id: share.id, target: { ...share.target }, channel: share.channel, createdAt: share.createdAt, credited: share.credited })),
    cocreation: recordBody(backend, member),
    messages: messages.messages,
    subscriptions: { ...(member.subscriptions ?? {}) },
    questions: (member.faqQuestions ?? []).map((q) => ({ ...q })),
  }
}

/** The full phone behind a member key: the one it signed in with, else a persona's (masked number with 0000; a copy's own). */
function phoneOf(state: IdentityState, key: MemberKey, sessionPhone: string | undefined): string | null {
  if (sessionPhone) return sessionPhone
  if (state.keyPhones[key.key]) return state.keyPhones[key.key]
  if (key.visitor) return null
  const masked = PERSONAS[key.personaId].seed(0).profile.phoneMasked
  if (!masked) return null
  return key.copy > 0 ? `${masked.slice(0, 3)}0000${String(key.copy).padStart(4, '0')}` : `${masked.slice(0, 3)}0000${masked.slice(-4)}`
}

function deleteMembership(ctx: RouteContext) {
  const body = readObjectBody(ctx.req.body)
  rejectUnknownFields(body, ['confirm', 'smsCode'])
  if (body.confirm !== DELETION_CONFIRM_WORD) throw badRequest(`请输入「${DELETION_CONFIRM_WORD}」确认注销会员`)
  if (body.smsCode !== undefined && typeof body.smsCode !== 'string') throw badRequest('smsCode 应为短信验证码')
  const { backend, memberKey } = ctx
  const member = ctx.member()
  const state = identityState(backend.shared)
  const now = backend.now()
  const bearer = /^Bearer\s+(\S+)$/i.exec((ctx.req.headers.authorization ?? '').trim())
  const session = bearer ? sessionForToken(state, bearer[1]) : null
  const phone = phoneOf(state, memberKey, session?.phone)

  // Signed in by phone: the SMS code sent to that phone confirms it. WeChat (or a tester's X-Persona): the request itself does, but a code sent along must be right.
  if (session?.via === 'phone' && body.smsCode === undefined) {
    throw new HttpError(400, 'SMS_CODE_REQUIRED', '请先获取短信验证码，输入后再确认注销')
  }
  if (body.smsCode !== undefined) {
    const sentAt = phone ? state.smsSentAt[phone] : undefined
    const fresh = sentAt !== undefined && now - sentAt <= SMS_CODE_VALID_MS
    if (body.smsCode !== FAKE_DELETION_SMS_CODE || !fresh) throw new HttpError(400, 'SMS_CODE_INVALID', '验证码不正确或已过期，请重新获取')
  }

  const at = toIso(now)
  // Every token of the member stops working at once.
  for (const [token, s] of Object.entries(state.tokens)) if (s.key === member.key) delete state.tokens[token]
  // The phone (and a persona's WeChat sign-in) now reach a fresh visitor, who may join as a new member.
  const successor = mintVisitorKey(state)
  if (phone) {
    state.phoneOwners[phone] = successor.key
    state.keyPhones[successor.key] = phone
  }
  delete state.keyPhones[member.key]
  delete state.consents[member.key]
  state.deletions[member.key] = { requestedAt: at, effectiveAt: at, successor: successor.key }
  const earning = earningShared(backend.shared)
  for (const [id, share] of Object.entries(earning.shares)) if (share.sharerKey === member.key) delete earning.shares[id]
  backend.putMember(seedVisitor(memberKey))
  return ok({ deletion: { requestedAt: at, effectiveAt: at } }, 202)
}

export const memberDataRoutes: Route[] = [
  { method: 'GET', pattern: '/me/export', handle: (ctx) => ok(exportBody(ctx, ctx.member())) },
  { method: 'POST', pattern: '/me/deletion', handle: deleteMembership },
]
