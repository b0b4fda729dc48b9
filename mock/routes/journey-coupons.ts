import type { Instant } from '../../src/domain'
import type { Backend } from '../db/backend'
import type { MemberState } from '../db/member-state'
import { couponFromTemplate, formatCouponId, stockLeft, type StoredCoupon } from '../seeds/coupons-state'
import { findJourneyTemplate } from '../seeds/journey-templates'

export type GiveCouponResult = { ok: true; coupon: StoredCoupon } | { ok: false; reason: 'LIMIT_REACHED' | 'SOLD_OUT' | 'NOT_FOUND' }

/**
 * The one place the journeys (featured-post reward, referral gift, level gifts) put a coupon in a
 * wallet: the template's per-member limit and stock bind here as in the claim centre.
 * MERGE NOTE: when the shared issuing function (helper B) lands, this body becomes a call to it.
 * Synchronous from check to write, so racing gifts cannot take the last unit twice.
 */
export function giveCoupon(backend: Backend, member: MemberState, templateId: string, now: Instant, title?: string): GiveCouponResult {
  const template = findJourneyTemplate(templateId)
  if (!template) return { ok: false, reason: 'NOT_FOUND' }
  if (member.coupons.filter((c) => c.templateId === template.id).length >= template.perMemberLimit) return { ok: false, reason: 'LIMIT_REACHED' }
  const left = stockLeft(backend.shared, template)
  if (left <= 0) return { ok: false, reason: 'SOLD_OUT' }
  backend.shared.couponTemplateStock[template.id] = left - 1
  const coupon = couponFromTemplate(template, formatCouponId(member.coupons.length + 1), now)
  if (title) coupon.title = title
  member.coupons.push(coupon)
  return { ok: true, coupon }
}
