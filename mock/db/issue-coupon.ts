import { issueRefusal, type CouponTemplate, type IssueRefusal } from '../../src/domain/coupons'
import type { Instant } from '../../src/domain/time'
import { couponFromTemplate, formatCouponId, stockLeft, type StoredCoupon } from '../seeds/coupons-state'
import type { MemberState } from './member-state'
import type { SharedState } from './shared-state'

export type IssueResult = { ok: true; coupon: StoredCoupon } | { ok: false; reason: IssueRefusal }

/** How many coupons of this template the member was ever given (any status). */
export function heldOfTemplate(member: MemberState, templateId: string): number {
  return member.coupons.filter((c) => c.templateId === templateId).length
}

/** Why `issueCoupon` would refuse now, without writing anything; null when it would issue. */
export function couponIssueRefusal(shared: SharedState, member: MemberState, template: CouponTemplate): IssueRefusal | null {
  return issueRefusal(template, { claimedByMe: heldOfTemplate(member, template.id), stockLeft: stockLeft(shared, template) })
}

/**
 * THE way a coupon reaches a member's wallet at runtime: the claim centre, a right, the welcome
 * gift at joining, and every later path (referral gifts, level gifts, featured-post rewards) call
 * this, so the template's per-member limit and shared stock bind them all (contract part 3,
 * "Trust"). Synchronous from check to write: racing issues never oversell or overfill. Refuses
 * with `LIMIT_REACHED` or `SOLD_OUT` and writes nothing; a route answers those as 409.
 * (Seeded wallets are built directly: they are the persona's past, not an issue.)
 */
export function issueCoupon(
  shared: SharedState,
  member: MemberState,
  template: CouponTemplate,
  now: Instant,
  options: { title?: string } = {},
): IssueResult {
  const refusal = couponIssueRefusal(shared, member, template)
  if (refusal) return { ok: false, reason: refusal }
  shared.couponTemplateStock[template.id] = stockLeft(shared, template) - 1
  const coupon = couponFromTemplate(template, nextCouponId(member), now)
  if (options.title) coupon.title = options.title
  member.coupons.push(coupon)
  return { ok: true, coupon }
}

/** `c-0007`: one past the highest id the wallet holds, so an id is never given twice. */
function nextCouponId(member: MemberState): string {
  const taken = new Set(member.coupons.map((c) => c.id))
  let seq = member.coupons.length + 1
  while (taken.has(formatCouponId(seq))) seq++
  return formatCouponId(seq)
}
