import { LEVELS, levelByCode, rankOf, type LevelCode } from '@/domain/levels'
import { parseInstant } from '@/domain/time'
import { serverNow } from '@/services/clock'
import { formatShanghai } from '@/lib/format'
import type { RightDto } from '@/services/schemas/rights'

const PERIOD_WORD = { month: '每月', year: '每年' } as const
const PERIOD_NOUN = { month: '本月', year: '今年' } as const

export const KIND_LABEL: Record<RightDto['kind'], string> = {
  welcome: '新人礼',
  onboarding: '指南',
  discount: '优惠券',
  free_shipping: '包邮',
  birthday_gift: '生日礼',
  community_event: '社群',
  share_reward: '分享奖励',
  early_bird: '早鸟',
  advisor: '顾问',
  priority_service: '优先服务',
  beta_seat: '内测',
  workshop_seat: '研讨会',
  limited_stock: '限量',
}

export function levelName(code: LevelCode): string {
  return levelByCode(code).name
}

/** "每月 2 次，已领 1 次" (claimed, which is not used); null without a quota. */
export function quotaText(right: RightDto): string | null {
  if (!right.quota) return null
  // The welcome gift comes once per membership, not once a year.
  if (right.kind === 'welcome') return right.quota.used > 0 ? '新人专享，已领取' : '新人专享，限领 1 次'
  return `${PERIOD_WORD[right.quota.period]} ${right.quota.perPeriod} 次，已领 ${right.quota.used} 次`
}

export function quotaLeft(right: RightDto): number | null {
  return right.quota ? Math.max(0, right.quota.perPeriod - right.quota.used) : null
}

export function stockText(right: RightDto): string | null {
  if (right.stockLeft === undefined) return null
  return right.stockLeft > 0 ? `剩余 ${right.stockLeft} 份` : '已抢光'
}

/** What the member can do about a right, as the detail page's button and the card's tag say it. */
export type RightAction =
  | { kind: 'locked'; text: string }
  | { kind: 'standing'; text: string }
  | { kind: 'claim'; text: string }
  | { kind: 'quota_used'; text: string }
  | { kind: 'sold_out'; text: string }
  | { kind: 'needs_birthday'; text: string }
  | { kind: 'not_yet'; text: string }
  | { kind: 'by_invite'; text: string }

/** `now` is server-aligned: a phone whose clock is a day off still opens the birthday month on time. */
export function rightAction(right: RightDto, now: number = serverNow()): RightAction {
  if (!right.unlocked) return { kind: 'locked', text: `达到「${levelName(right.minLevelCode)}」解锁` }
  // A seat below the member's level, held because of an invite in hand (the backend says which).
  if (right.unlockedBy === 'invite' && !right.claimable) return { kind: 'by_invite', text: '凭邀请解锁' }
  if (!right.claimable) return { kind: 'standing', text: '已享有，无需领取' }
  if (right.needsBirthday) return { kind: 'needs_birthday', text: '填写生日后可领取' }
  if (right.claimWindow) {
    const opensAt = parseInstant(right.claimWindow.opensAt)
    const closesAt = parseInstant(right.claimWindow.closesAt)
    // Outside it (or past it while the list sat on screen) the month is the same every year.
    if (now < opensAt || now >= closesAt) return { kind: 'not_yet', text: `生日月 ${formatShanghai(opensAt, 'M月')}1日起可领` }
  }
  if (right.quota && quotaLeft(right) === 0) {
    return { kind: 'quota_used', text: right.kind === 'welcome' ? '已领取' : `${PERIOD_NOUN[right.quota.period]}已领取` }
  }
  if (right.stockLeft !== undefined && right.stockLeft <= 0) return { kind: 'sold_out', text: '已抢光' }
  return { kind: 'claim', text: '立即领取' }
}

const INVITE_STATUS_WORD = { pending: '待你回复', accepted: '已确认参加', waitlisted: '候补中' } as const

/** Why an invite-held seat is the member's, and when it stops being so. */
export function inviteUnlockText(right: RightDto): string | null {
  if (right.unlockedBy !== 'invite' || !right.invite) return null
  return `你持有「${right.invite.title}」的邀请（${INVITE_STATUS_WORD[right.invite.status]}），凭邀请享有这次席位；婉拒或邀请过期后，达到「${levelName(right.minLevelCode)}」才会解锁。`
}

/** Rights the climb from one level to a higher one unlocks, lowest level first. */
export function rightsUnlockedBetween<R extends { minLevelCode: LevelCode }>(rights: readonly R[], from: LevelCode, to: LevelCode): R[] {
  const lo = rankOf(from)
  const hi = rankOf(to)
  return rights
    .filter((r) => rankOf(r.minLevelCode) > lo && rankOf(r.minLevelCode) <= hi)
    .sort((a, b) => rankOf(a.minLevelCode) - rankOf(b.minLevelCode))
}

export const LEVELS_IN_ORDER = [...LEVELS].sort((a, b) => a.rank - b.rank)

/** Rights whose claim puts a coupon in 券包 (the backend answers it with `coupon`). */
const COUPON_KINDS: ReadonlySet<RightDto['kind']> = new Set(['welcome', 'discount', 'free_shipping'])
export const landsInWallet = (right: Pick<RightDto, 'kind'>) => COUPON_KINDS.has(right.kind)

/** How a claimed right that is not a coupon is used: plainly, with the member code as the way in. */
export function howToUseText(right: Pick<RightDto, 'kind'>): string {
  switch (right.kind) {
    case 'birthday_gift':
      return '生日礼已为你预留：生日当月到任一门店出示会员码，店员为你送上礼物。'
    case 'limited_stock':
      return '已为你保留一份：到店出示会员码，店员核对后交给你。'
    default:
      return '到店出示会员码，店员为你办理。'
  }
}
