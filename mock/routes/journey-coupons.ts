import type { Instant } from '../../src/domain'
import type { Backend } from '../db/backend'
import { issueCoupon, type IssueResult } from '../db/issue-coupon'
import type { MemberState } from '../db/member-state'
import { findJourneyTemplate } from '../seeds/journey-templates'

export type GiveCouponResult = IssueResult | { ok: false; reason: 'NOT_FOUND' }

/**
 * The journeys' gifts (featured-post reward, referral gift, level gifts) by template id: the
 * coupon is issued through `issueCoupon`, the one rule every path follows, so the template's
 * per-member limit and stock bind here as in the claim centre and the rights.
 */
export function giveCoupon(backend: Backend, member: MemberState, templateId: string, now: Instant, title?: string): GiveCouponResult {
  const template = findJourneyTemplate(templateId)
  if (!template) return { ok: false, reason: 'NOT_FOUND' }
  return issueCoupon(backend.shared, member, template, now, { title })
}
