import { checkRightClaim, quotaUsed, RIGHTS, rightById, isUnlocked, unlockingInvite, type HeldInvite, type Right, type RightClaim } from '../../src/domain/rights'
import { birthdayGiftWindow, formatShanghaiMonthDay, toIso, type Instant } from '../../src/domain'
import type { Backend } from '../db/backend'
import { couponIssueRefusal, issueCoupon } from '../db/issue-coupon'
import type { MemberState } from '../db/member-state'
import type { CouponTemplate, IssueRefusal } from '../../src/domain/coupons'
import { findTemplate } from '../seeds/coupons-catalogue'
import { initialRightStock } from '../seeds/rights'
import { couponView } from './coupons'
import { HttpError } from './errors'
import { currentInviteStatus } from './invites'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route } from './types'

/** Shared stock left; undefined for a right without stock. Never below zero. */
function stockLeft(backend: Backend, right: Right): number | undefined {
  if (right.stock === undefined) return undefined
  const recorded = backend.shared.rightStock[right.id]
  return Math.max(0, recorded ?? initialRightStock(right.id) ?? right.stock)
}

/** Rights that are coupons: claiming one puts this template's coupon in the wallet. */
export const RIGHT_COUPON_TEMPLATE: Readonly<Record<string, string>> = {
  'r-welcome-coupon': 'tpl-welcome',
  'r-repurchase-coupon': 'tpl-repurchase',
  'r-free-shipping': 'tpl-free-shipping',
}

const COUPON_REFUSALS: Record<IssueRefusal, string> = {
  LIMIT_REACHED: '这张券你已经领过了，每人限领数量已满',
  SOLD_OUT: '这张券已经发完了',
}

function couponTemplateOf(right: Right): CouponTemplate | undefined {
  const templateId = RIGHT_COUPON_TEMPLATE[right.id]
  return templateId ? findTemplate(templateId) : undefined
}

function claimsOf(member: MemberState): RightClaim[] {
  return member.rightClaims
}

/**
 * The birthday gift's window: `claimWindow` once the member has a birthday, `needsBirthday`
 * until then. The app judges open/closed on server-aligned time; the claim is judged here.
 */
function birthdayFields(member: MemberState, right: Right, now: Instant) {
  if (right.kind !== 'birthday_gift') return {}
  const birthday = member.profile.birthday
  const window = birthday ? birthdayGiftWindow(birthday, now) : null
  if (!window) return { needsBirthday: true }
  return { claimWindow: { opensAt: toIso(window.opensAt), closesAt: toIso(window.closesAt) } }
}

function checkBirthdayMonth(member: MemberState, right: Right, now: Instant): void {
  if (right.kind !== 'birthday_gift') return
  const window = member.profile.birthday ? birthdayGiftWindow(member.profile.birthday, now) : null
  if (!window) throw new HttpError(409, 'BIRTHDAY_MISSING', '请先在资料中填写生日，生日当月即可领取')
  if (!window.open) throw new HttpError(409, 'NOT_BIRTHDAY_MONTH', `生日礼仅限生日当月领取，${formatShanghaiMonthDay(window.opensAt)}起开放`)
}

/** The member's invites as they stand now, with when each activity (the chosen or last slot) ends. */
function heldInvites(backend: Backend, member: MemberState): HeldInvite[] {
  // A level-up invitation is personal and holds no seat.
  return Object.values(member.inviteAnswers).filter((record) => record.kind !== 'level_up').map((record) => {
    const slot = record.slotId ? record.slots?.find((s) => s.id === record.slotId) : undefined
    const ends = slot ? [slot.endsAt] : [record.endsAt, ...(record.slots ?? []).map((s) => s.endsAt)]
    const endsAt = ends.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))
    return { id: record.id, kind: record.kind, title: record.title, status: currentInviteStatus(backend, member, record) as HeldInvite['status'], endsAt }
  })
}

/**
 * Whether the member has the right, and why: their level, or an invite in hand for a seat right
 * (a workshop invite holds a 共创研讨会席位 below 核心共创). Declined or expired, the seat is locked again.
 */
function unlockFields(backend: Backend, member: MemberState, right: Right) {
  if (isUnlocked(right, member.held.levelCode)) return { unlocked: true, unlockedBy: 'level' as const }
  const invite = unlockingInvite(right, heldInvites(backend, member), backend.now())
  if (!invite) return { unlocked: false }
  return { unlocked: true, unlockedBy: 'invite' as const, invite: { id: invite.id, title: invite.title, status: invite.status } }
}

/**
 * A coupon right whose template the member may not get again (the welcome coupon that came with
 * joining) reads as used up, so the app shows 已领取 instead of a button the backend would refuse.
 */
function shownQuotaUsed(backend: Backend, member: MemberState, right: Right): number {
  const used = quotaUsed(claimsOf(member), right, backend.now())
  const template = couponTemplateOf(right)
  const limitReached = template !== undefined && couponIssueRefusal(backend.shared, member, template) === 'LIMIT_REACHED'
  return limitReached && right.quota ? Math.max(used, right.quota.perPeriod) : used
}

/** One right as `GET /rights` shows it to this member. */
export function rightBody(backend: Backend, member: MemberState, right: Right) {
  const left = stockLeft(backend, right)
  return {
    id: right.id,
    kind: right.kind,
    title: right.title,
    description: right.description,
    minLevelCode: right.minLevelCode,
    ...unlockFields(backend, member, right),
    claimable: right.claimable,
    ...birthdayFields(member, right, backend.now()),
    ...(left !== undefined ? { stockLeft: left } : {}),
    ...(right.quota ? { quota: { perPeriod: right.quota.perPeriod, period: right.quota.period, used: shownQuotaUsed(backend, member, right) } } : {}),
  }
}

export const rightsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rights',
    handle: (ctx) => {
      const member = ctx.member()
      return ok({ rights: RIGHTS.map((right) => rightBody(ctx.backend, member, right)) })
    },
  },
  {
    method: 'POST',
    pattern: '/rights/:id/claim',
    handle: (ctx) => {
      rejectUnknownFields(readObjectBody(ctx.req.body, true), [])
      const right = rightById(ctx.params.id)
      if (!right) throw new HttpError(404, 'NOT_FOUND', '没有这项权益')
      const member = ctx.member()
      const now = ctx.backend.now()
      // Synchronous from check to write: racing claims cannot both see the last unit.
      const check = checkRightClaim({
        right,
        levelCode: member.held.levelCode,
        claims: claimsOf(member),
        stockLeft: stockLeft(ctx.backend, right),
        // A seat held by an invite is unlocked (GET /rights says so): refused as not claimable, not as locked.
        heldByInvite: unlockFields(ctx.backend, member, right).unlockedBy === 'invite',
        now,
      })
      if (!check.ok) throw new HttpError(check.status, check.code, check.message)
      checkBirthdayMonth(member, right, now)
      // A coupon right is bound by its template's limit and stock like any other way in: refused
      // before anything is written, so the right's quota and stock are not spent on nothing.
      const template = couponTemplateOf(right)
      const refusal = template ? couponIssueRefusal(ctx.backend.shared, member, template) : null
      if (refusal) throw new HttpError(409, refusal, COUPON_REFUSALS[refusal])
      const left = stockLeft(ctx.backend, right)
      if (left !== undefined) ctx.backend.shared.rightStock[right.id] = left - 1
      member.rightClaims.push({ rightId: right.id, claimedAt: new Date(now).toISOString() })
      if (!template) return ok({ right: rightBody(ctx.backend, member, right) })
      const issued = issueCoupon(ctx.backend.shared, member, template, now)
      if (!issued.ok) throw new HttpError(409, issued.reason, COUPON_REFUSALS[issued.reason])
      return ok({ right: rightBody(ctx.backend, member, right), coupon: couponView(issued.coupon, now) })
    },
  },
]
