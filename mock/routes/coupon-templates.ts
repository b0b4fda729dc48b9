import { claimability, type ClaimBlockReason, type CouponTemplate } from '../../src/domain/coupons'
import { parseInstant } from '../../src/domain/time'
import type { Backend } from '../db/backend'
import type { MemberState } from '../db/member-state'
import { COUPON_TEMPLATES, findClaimableTemplate } from '../seeds/coupons-catalogue'
import { heldOfTemplate, issueCoupon } from '../db/issue-coupon'
import { stockLeft } from '../seeds/coupons-state'
import { couponView } from './coupons'
import { HttpError } from './errors'
import { preferenceMatch } from './preference-match'
import { ok, type Route } from './types'

const REFUSALS: Record<ClaimBlockReason, { status: number; message: string }> = {
  LEVEL_TOO_LOW: { status: 403, message: '会员等级不足，升级后可领' },
  SOLD_OUT: { status: 409, message: '已抢光' },
  LIMIT_REACHED: { status: 409, message: '已达到每人限领数量' },
  NOT_IN_WINDOW: { status: 409, message: '不在领取时间内' },
}

/** The claim window as UTC instants, so the app can say when claiming opens or closed; none if unreadable. */
function claimWindowBody(template: CouponTemplate) {
  const opens = parseInstant(template.claimWindow.from)
  const closes = parseInstant(template.claimWindow.to)
  if (!Number.isFinite(opens) || !Number.isFinite(closes)) return {}
  return { claimOpensAt: new Date(opens).toISOString(), claimClosesAt: new Date(closes).toISOString() }
}

function claimState(backend: Backend, member: MemberState, template: CouponTemplate) {
  const claimedByMe = heldOfTemplate(member, template.id)
  const left = stockLeft(backend.shared, template)
  const verdict = claimability(template, { levelCode: member.held.levelCode, claimedByMe, stockLeft: left, now: backend.now() })
  return { claimedByMe, stockLeft: left, verdict }
}

export const couponTemplateRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/coupon-templates',
    handle: (ctx) => {
      const member = ctx.member()
      const templates = COUPON_TEMPLATES.map((t) => {
        const { claimedByMe, stockLeft: left, verdict } = claimState(ctx.backend, member, t)
        const match = preferenceMatch(t, member.profile.preferences)
        return {
          id: t.id,
          title: t.title,
          kind: t.kind,
          ...(t.valueFen !== undefined ? { valueFen: t.valueFen } : {}),
          ...(t.percentOff !== undefined ? { percentOff: t.percentOff } : {}),
          ...(t.maxDiscountFen !== undefined ? { maxDiscountFen: t.maxDiscountFen } : {}),
          ...(t.minSpendFen !== undefined ? { minSpendFen: t.minSpendFen } : {}),
          minLevelCode: t.minLevelCode,
          stockLeft: left,
          perMemberLimit: t.perMemberLimit,
          claimedByMe,
          claimable: verdict.claimable,
          ...(verdict.claimable ? {} : { reason: verdict.reason }),
          ...claimWindowBody(t),
          instructions: t.instructions,
          ...(match ? { matchesPreference: match } : {}),
        }
      })
      return ok({ templates })
    },
  },
  {
    method: 'POST',
    pattern: '/coupon-templates/:id/claim',
    // Check and write with no await between: racing claims cannot both see the last unit.
    handle: (ctx) => {
      const template = findClaimableTemplate(ctx.params.id)
      if (!template) throw new HttpError(404, 'NOT_FOUND', '没有这个券模板')
      const member = ctx.member()
      const { verdict } = claimState(ctx.backend, member, template)
      if (!verdict.claimable) {
        const refusal = REFUSALS[verdict.reason]
        throw new HttpError(refusal.status, verdict.reason, refusal.message)
      }
      const now = ctx.backend.now()
      const issued = issueCoupon(ctx.backend.shared, member, template, now)
      if (!issued.ok) throw new HttpError(409, issued.reason, REFUSALS[issued.reason].message)
      return ok({ coupon: couponView(issued.coupon, now) }, 201)
    },
  },
]
