import { levelByCode, type LevelCode } from '../levels'
import type { Instant } from '../time'
import type { Right } from './catalogue'
import { quotaUsed, type RightClaim } from './quota'
import { isUnlocked } from './unlock'

export type RightRefusalCode = 'LEVEL_TOO_LOW' | 'QUOTA_USED' | 'SOLD_OUT' | 'NOT_CLAIMABLE'

export type RightClaimCheck =
  | { ok: true }
  | { ok: false; status: 403 | 409; code: RightRefusalCode; message: string }

export interface RightClaimInput {
  right: Right
  levelCode: LevelCode
  /** This member's claims (any right; only this right's are counted). */
  claims: readonly RightClaim[]
  /** Shared stock now; undefined falls back to the right's initial stock. Ignored without stock. */
  stockLeft?: number
  /** A seat right the member holds through an invite (invite-unlock.ts): unlocked below its level. */
  heldByInvite?: boolean
  now: Instant
}

const STATUS: Record<RightRefusalCode, 403 | 409> = {
  LEVEL_TOO_LOW: 403,
  NOT_CLAIMABLE: 409,
  QUOTA_USED: 409,
  SOLD_OUT: 409,
}

/**
 * Whether the member may claim the right now. Precedence, first failing wins:
 * 1. LEVEL_TOO_LOW (403): a locked right says nothing about its stock or quota, and the UI's
 *    answer (climb a level) is the only one that helps.
 * 2. NOT_CLAIMABLE: standing services are enjoyed, never claimed.
 * 3. QUOTA_USED: the member's own history; stays true after a restock, and tells a member who
 *    already has this period's claim that they did not miss out.
 * 4. SOLD_OUT: shared stock at zero (or below, should a race ever push it there).
 */
export function checkRightClaim(input: RightClaimInput): RightClaimCheck {
  const { right, levelCode, claims, now } = input
  const refuse = (code: RightRefusalCode): RightClaimCheck => ({
    ok: false,
    status: STATUS[code],
    code,
    message: refusalMessage(code, right),
  })
  if (!isUnlocked(right, levelCode) && !input.heldByInvite) return refuse('LEVEL_TOO_LOW')
  if (!right.claimable) return refuse('NOT_CLAIMABLE')
  if (right.quota && quotaUsed(claims, right, now) >= right.quota.perPeriod) return refuse('QUOTA_USED')
  if (right.stock !== undefined && (input.stockLeft ?? right.stock) <= 0) return refuse('SOLD_OUT')
  return { ok: true }
}

/**
 * The Chinese text the UI shows for a refusal (the backend sends the same one). With the right
 * at hand it names the unlocking level and the quota period; without, it stays generic.
 */
export function refusalMessage(code: RightRefusalCode, right?: Pick<Right, 'minLevelCode' | 'quota'>): string {
  switch (code) {
    case 'LEVEL_TOO_LOW':
      return right ? `达到「${levelByCode(right.minLevelCode).name}」等级后可领取` : '当前等级暂不可领取'
    case 'NOT_CLAIMABLE':
      return '该权益无需领取，解锁后即可享受'
    case 'QUOTA_USED':
      return right?.quota?.period === 'year' ? '今年的领取次数已用完' : right?.quota ? '本月的领取次数已用完' : '领取次数已用完'
    case 'SOLD_OUT':
      return '该权益已抢光'
  }
}
