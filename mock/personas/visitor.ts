import { toIso, type Instant } from '../../src/domain/time'
import type { MemberKey } from '../db/member-key'
import type { MemberPreferences, MemberState } from '../db/member-state'
import { findTemplate } from '../seeds/coupons-catalogue'
import { issueCoupon } from '../db/issue-coupon'
import type { SharedState } from '../db/shared-state'
import { heldSince } from './ledger-builder'

/** Someone signed in who has not joined: no profile, no coupons, nothing to show yet. */
export function seedVisitor(memberKey: MemberKey): MemberState {
  return {
    key: memberKey.key,
    personaId: memberKey.personaId,
    profile: { id: memberKey.key, nickname: '', phoneMasked: '', joinedAt: '' },
    held: { levelCode: 'explorer', expiresAt: null, invitedTo: [] },
    ledger: [],
    nextEventSeq: 1,
    coupons: [],
    rightClaims: [],
    inviteAnswers: {},
    notJoined: true,
  }
}

export interface JoinDetails {
  nickname?: string
  birthday?: string
  preferences?: MemberPreferences
  /** The full phone the member signed in with, if any; only its masked form is kept. */
  phone?: string
}

export const WELCOME_TEMPLATE_ID = 'tpl-welcome'

/** Joining: rank 1 (了解观察) from now, with the welcome coupon in the wallet (DOMAIN.md) while stock lasts. */
export function joinMember(shared: SharedState, member: MemberState, details: JoinDetails, now: Instant): void {
  const template = findTemplate(WELCOME_TEMPLATE_ID)
  if (!template) throw new Error(`welcome coupon template missing: ${WELCOME_TEMPLATE_ID}`)
  const phoneMasked = details.phone ? `${details.phone.slice(0, 3)}****${details.phone.slice(7)}` : ''
  member.profile = {
    id: member.key,
    nickname: details.nickname || (phoneMasked ? `会员${phoneMasked.slice(-4)}` : '新会员'),
    phoneMasked,
    joinedAt: toIso(now),
    ...(details.birthday ? { birthday: details.birthday } : {}),
    ...(details.preferences ? { preferences: details.preferences } : {}),
  }
  member.held = heldSince(now, 'explorer', 0)
  member.coupons = []
  delete member.notJoined
  // Through the one issuing rule: once per member, ever, and never past the template's stock
  // (joining still succeeds when the welcome coupons have run out).
  issueCoupon(shared, member, template, now)
}
