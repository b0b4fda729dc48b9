import type { GrowthEvent, HeldLevel } from '../../src/domain'
import type { PersonaId } from '../personas/persona-ids'

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
  /** Filled by the coupons issue. */
  coupons: unknown[]
  /** Filled by the rights issue: claims of quota-limited rights. */
  rightClaims: unknown[]
  /** Filled by the invites issue: the member's answer per invite id. */
  inviteAnswers: Record<string, unknown>
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
