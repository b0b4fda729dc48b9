/**
 * Referral: a person who opened a member's share and then joins is that member's friend. The
 * sharer earns one share at the join and one at the friend's first purchase, each once per
 * friend, ever; never for themselves or their own other account (the same phone).
 */
export interface ReferralCandidate {
  sharerKey: string
  friendKey: string
  /** Full numbers when known; a missing one cannot prove "the same person". */
  sharerPhone?: string
  friendPhone?: string
  /** The friend already has a referrer (a friend is referred once, by the first share they opened). */
  alreadyReferred: boolean
}

export type ReferralVerdict = { ok: true } | { ok: false; reason: 'SELF' | 'SAME_PHONE' | 'ALREADY_REFERRED' }

export function judgeReferral(c: ReferralCandidate): ReferralVerdict {
  if (c.alreadyReferred) return { ok: false, reason: 'ALREADY_REFERRED' }
  if (c.sharerKey === c.friendKey) return { ok: false, reason: 'SELF' }
  if (c.sharerPhone && c.friendPhone && c.sharerPhone === c.friendPhone) return { ok: false, reason: 'SAME_PHONE' }
  return { ok: true }
}

/** The friend as the sharer sees them: the first character and two stars. */
export function maskName(nickname: string): string {
  const chars = [...nickname.trim()]
  return chars.length === 0 ? '新**' : `${chars[0]}**`
}

export const REFERRAL_JOIN_TITLE = '好友通过分享加入'
export const REFERRAL_PURCHASE_TITLE = '好友完成首单'
export const referralGiftTitle = (sharerNickname: string) => `好友 ${sharerNickname} 送你的见面礼`
