import type { Instant } from '../../src/domain'
import { appendEvents, type MemberState } from '../db/member-state'
import type { MemberKey } from '../db/member-key'
import { seedRightClaims } from '../seeds/rights'
import { seedCoupons } from '../seeds/coupons'
import { seedInvites } from '../seeds/invites'
import { seedCocreation } from '../seeds/cocreation'
import { active } from './active'
import { atRisk } from './at-risk'
import { cocreator } from './cocreator'
import { couponRich } from './coupon-rich'
import { firstBuyer } from './first-buyer'
import { newcomer } from './newcomer'
import type { PersonaDefinition } from './persona'
import { seedVisitor } from './visitor'
import { PERSONA_IDS, type PersonaId } from './persona-ids'

export { DEFAULT_PERSONA, PERSONA_IDS, isPersonaId, type PersonaId } from './persona-ids'
export type { PersonaDefinition, PersonaSeed } from './persona'
export { joinMember, type JoinDetails } from './visitor'

export const PERSONAS: Record<PersonaId, PersonaDefinition> = {
  newcomer,
  'first-buyer': firstBuyer,
  active,
  cocreator,
  'at-risk': atRisk,
  'coupon-rich': couponRich,
}

/** Persona id → one-line Chinese description, in the contract's order. */
export const PERSONA_DESCRIPTIONS = Object.fromEntries(PERSONA_IDS.map((id) => [id, PERSONAS[id].description])) as Record<
  PersonaId,
  string
>

/** Copies (`active~7`) get their own phone digits and a suffix so testers can tell them apart. */
export function seedMember(memberKey: MemberKey, now: Instant): MemberState {
  if (memberKey.visitor) return seedVisitor(memberKey)
  const seed = PERSONAS[memberKey.personaId].seed(now)
  const { copy } = memberKey
  const phoneMasked =
    copy === 0 ? seed.profile.phoneMasked : seed.profile.phoneMasked.slice(0, 7) + String(copy).padStart(4, '0')
  const member: MemberState = {
    key: memberKey.key,
    personaId: memberKey.personaId,
    profile: {
      ...seed.profile,
      id: memberKey.key,
      nickname: copy === 0 ? seed.profile.nickname : `${seed.profile.nickname} ${copy}号`,
      phoneMasked,
    },
    held: seed.held,
    ledger: [],
    nextEventSeq: 1,
    coupons: seedCoupons(memberKey.personaId, now),
    rightClaims: seedRightClaims(memberKey.personaId, now),
    inviteAnswers: seedInvites(memberKey.personaId, now),
    cocreation: seedCocreation(memberKey.personaId, now),
  }
  appendEvents(member, seed.events)
  return member
}
