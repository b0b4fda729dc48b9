import { shanghaiDateOf } from '../../src/domain/earning'
import { MAX_CREDITED_SHARES_PER_DAY } from '../../src/domain/earning'
import { judgeReferral, maskName, REFERRAL_JOIN_TITLE, REFERRAL_PURCHASE_TITLE, referralGiftTitle } from '../../src/domain/referrals'
import { toIso } from '../../src/domain/time'
import type { Backend } from '../db/backend'
import { identityState } from '../db/identity-state'
import { storedMemberKey } from '../db/member-key'
import { appendEvents, type MemberState } from '../db/member-state'
import { earningShared } from '../seeds/earning-state'
import { notMember } from './caller'
import { giveCoupon } from './journey-coupons'
import { own } from './own'
import { ok, type Route } from './types'

/** The referral welcome gift (its coupon's title names the sharer). */
export const REFERRAL_GIFT_TEMPLATE = 'tpl-referral-gift'

export interface Referral {
  sharerKey: string
  shareId: string
  joinedAt: string
  firstPurchaseAt?: string
  /** Whether each of the sharer's two credits was given (not beyond the daily cap). */
  joinCredited: boolean
  purchaseCredited: boolean
  giftCouponId?: string
}

/** Referrals' part of `SharedState.extra`: friend key → who brought them in. */
interface ReferralsShared {
  friends: Record<string, Referral>
}

function referralsShared(backend: Backend): ReferralsShared {
  const slot = backend.shared.extra.referrals as ReferralsShared | undefined
  if (slot && typeof slot.friends === 'object' && slot.friends !== null) return slot
  const value: ReferralsShared = { friends: {} }
  backend.shared.extra.referrals = value
  return value
}

const keyOf = storedMemberKey

/** The full number behind a member, when the backend knows it (persona numbers are the masked one with 0000). */
function phoneOf(backend: Backend, member: MemberState): string | undefined {
  const known = own(identityState(backend.shared).keyPhones, member.key)
  if (known) return known
  const masked = member.profile.phoneMasked
  return /^\d{3}\*{4}\d{4}$/.test(masked) ? masked.replace('****', '0000') : undefined
}

/** One share credit for the sharer, within the same daily cap as credited visits. */
function creditSharer(backend: Backend, sharer: MemberState, title: string): boolean {
  const state = earningShared(backend.shared)
  const now = backend.now()
  const dayKey = `${sharer.key} ${shanghaiDateOf(now)}`
  const used = own(state.creditedPerDay, dayKey) ?? 0
  if (used >= MAX_CREDITED_SHARES_PER_DAY) return false
  state.creditedPerDay[dayKey] = used + 1
  appendEvents(sharer, [{ type: 'share', title, occurredAt: toIso(now) }])
  backend.refreshHeld(sharer)
  return true
}

/**
 * Called when a visitor joins (POST /members): if they opened a member's share before, that
 * member is their referrer — the friend gets the welcome gift named after the sharer, the sharer
 * one share. The first share they opened wins. Synchronous, like the join itself.
 */
export function creditReferralOnJoin(backend: Backend, friend: MemberState): void {
  const shares = Object.values(earningShared(backend.shared).shares)
    .filter((s) => s.visitors.includes(friend.key) && s.sharerKey !== friend.key)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
  const state = referralsShared(backend)
  for (const share of shares) {
    const sharerKey = keyOf(share.sharerKey)
    if (!sharerKey) continue
    const sharer = backend.member(sharerKey)
    if (sharer.notJoined) continue
    const verdict = judgeReferral({
      sharerKey: sharer.key,
      friendKey: friend.key,
      sharerPhone: phoneOf(backend, sharer),
      friendPhone: phoneOf(backend, friend),
      alreadyReferred: own(state.friends, friend.key) !== undefined,
    })
    if (!verdict.ok) return
    const now = backend.now()
    const gift = giveCoupon(backend, friend, REFERRAL_GIFT_TEMPLATE, now, referralGiftTitle(sharer.profile.nickname))
    state.friends[friend.key] = {
      sharerKey: sharer.key,
      shareId: share.id,
      joinedAt: toIso(now),
      joinCredited: creditSharer(backend, sharer, REFERRAL_JOIN_TITLE),
      purchaseCredited: false,
      ...(gift.ok ? { giftCouponId: gift.coupon.id } : {}),
    }
    return
  }
}

/** Called after a purchase is recorded for `member`: a referred friend's first purchase credits the sharer once. */
export function creditReferralOnPurchase(backend: Backend, member: MemberState): void {
  const referral = own(referralsShared(backend).friends, member.key)
  if (!referral || referral.firstPurchaseAt) return
  referral.firstPurchaseAt = toIso(backend.now())
  const sharerKey = keyOf(referral.sharerKey)
  if (!sharerKey) return
  referral.purchaseCredited = creditSharer(backend, backend.member(sharerKey), REFERRAL_PURCHASE_TITLE)
}

/** Friends a member brought in, for 我邀请的 (and the journey's first referral). */
export function friendsOf(backend: Backend, sharerKey: string) {
  return Object.entries(referralsShared(backend).friends)
    .filter(([, r]) => r.sharerKey === sharerKey)
    .map(([friendKey, r]) => {
      const key = keyOf(friendKey)
      const friend = key ? backend.member(key) : null
      return {
        nicknameMasked: maskName(friend?.profile.nickname ?? ''),
        joinedAt: r.joinedAt,
        ...(r.firstPurchaseAt ? { firstPurchaseAt: r.firstPurchaseAt } : {}),
        stage: r.firstPurchaseAt ? ('purchased' as const) : ('joined' as const),
        credited: Number(r.joinCredited) + Number(r.purchaseCredited),
      }
    })
    .sort((a, b) => (a.joinedAt < b.joinedAt ? 1 : -1))
}

export const referralRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/me/referrals',
    handle: (ctx) => {
      const member = ctx.member()
      if (member.notJoined) throw notMember()
      const friends = friendsOf(ctx.backend, member.key)
      return ok({
        friends: friends.map(({ credited: _c, ...f }) => f),
        credited: friends.reduce((sum, f) => sum + f.credited, 0),
      })
    },
  },
]
