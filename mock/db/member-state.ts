import type { GrowthEvent, HeldLevel } from '../../src/domain'
import type { RightClaim } from '../../src/domain/rights'
import type { PersonaId } from '../personas/persona-ids'
import type { CocreationState } from '../seeds/cocreation'
import type { MemberInvite } from '../seeds/invites-types'
import type { StoredCoupon } from '../seeds/coupons-state'

export interface MemberProfile {
  id: string
  nickname: string
  /** Like `138****1234`: the app never sees a full number. */
  phoneMasked: string
  joinedAt: string
}

/**
 * Everything one member owns. Plain JSON only (no Dates, Maps or class instances) so the whole
 * backend can be serialized to weapp storage and restored.
 */
export interface MemberState {
  key: string
  personaId: PersonaId
  profile: MemberProfile
  held: HeldLevel
  ledger: GrowthEvent[]
  /** Next number for an event id; ids never repeat within a member, even after refunds. */
  nextEventSeq: number
  /** The member's coupons, oldest claim first; status is recomputed on read. */
  coupons: StoredCoupon[]
  /** Claims of quota-limited rights, oldest first. */
  rightClaims: RightClaim[]
  /** The member's invitations (and own answers) by invite id; seats live in shared state. */
  inviteAnswers: Record<string, MemberInvite>
  /** Co-creation submissions by task id; absent in snapshots from before co-creation. */
  cocreation?: CocreationState
}

export function formatEventId(seq: number): string {
  return `e-${String(seq).padStart(6, '0')}`
}

/** Appends events with fresh ids; the caller supplies everything but the id. */
export function appendEvents(member: MemberState, events: Omit<GrowthEvent, 'id'>[]): GrowthEvent[] {
  const added = events.map((event) => ({ id: formatEventId(member.nextEventSeq++), ...event }))
  member.ledger.push(...added)
  return added
}
