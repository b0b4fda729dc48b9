import { rankOf, type LevelCode } from '../levels'
import { parseInstant, type Instant } from '../time'
import type { CouponTemplate } from './types'

export type ClaimBlockReason = 'LEVEL_TOO_LOW' | 'SOLD_OUT' | 'LIMIT_REACHED' | 'NOT_IN_WINDOW'

export type Claimability = { claimable: true } | { claimable: false; reason: ClaimBlockReason }

export interface ClaimContext {
  levelCode: LevelCode
  /** How many coupons of this template the member already holds (any status). */
  claimedByMe: number
  stockLeft: number
  now: Instant
}

/**
 * Whether the member may claim from `template` now, and if not, the one reason to show.
 *
 * Precedence, when several apply: LIMIT_REACHED > NOT_IN_WINDOW > SOLD_OUT > LEVEL_TOO_LOW.
 * - LIMIT_REACHED first: "已领取" is about the member's own wallet and stays true whatever
 *   happens to stock, window or level (a downgrade after claiming must not say "locked").
 * - NOT_IN_WINDOW and SOLD_OUT next: nobody can claim, so no action of the member's helps.
 * - LEVEL_TOO_LOW last: the claim centre shows it as a lock with the level that unlocks it,
 *   an invitation to grow; it is shown only when levelling up really would make it claimable.
 * An unreadable window counts as closed (fail closed).
 */
export function claimability(template: Pick<CouponTemplate, 'minLevelCode' | 'perMemberLimit' | 'claimWindow'>, ctx: ClaimContext): Claimability {
  if (ctx.claimedByMe >= template.perMemberLimit) return { claimable: false, reason: 'LIMIT_REACHED' }
  if (!isInClaimWindow(template, ctx.now)) return { claimable: false, reason: 'NOT_IN_WINDOW' }
  const issue = issueRefusal(template, ctx)
  if (issue) return { claimable: false, reason: issue }
  if (rankOf(ctx.levelCode) < rankOf(template.minLevelCode)) return { claimable: false, reason: 'LEVEL_TOO_LOW' }
  return { claimable: true }
}

export function isInClaimWindow(template: Pick<CouponTemplate, 'claimWindow'>, now: Instant): boolean {
  return parseInstant(template.claimWindow.from) <= now && now <= parseInstant(template.claimWindow.to)
}

export type IssueRefusal = 'LIMIT_REACHED' | 'SOLD_OUT'

/**
 * What binds a coupon however it arrives — the claim centre, a right, a gift, a referral
 * (contract part 3, "Trust"): the template's per-member limit (counting every coupon of it the
 * member was ever given, used or expired too) and its shared stock. Level and claim window are
 * the claim centre's own gates; a right or gift has its own. Null when the coupon may be issued.
 */
export function issueRefusal(template: Pick<CouponTemplate, 'perMemberLimit'>, ctx: Pick<ClaimContext, 'claimedByMe' | 'stockLeft'>): IssueRefusal | null {
  if (ctx.claimedByMe >= template.perMemberLimit) return 'LIMIT_REACHED'
  if (ctx.stockLeft <= 0) return 'SOLD_OUT'
  return null
}
