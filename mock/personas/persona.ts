import type { HeldLevel, Instant } from '../../src/domain'
import type { MemberProfile } from '../db/member-state'
import type { SeedEvent } from './ledger-builder'
import type { PersonaId } from './persona-ids'

export interface PersonaSeed {
  profile: Omit<MemberProfile, 'id'>
  held: HeldLevel
  events: SeedEvent[]
}

export interface PersonaDefinition {
  id: PersonaId
  /** One line for the tester console. */
  description: string
  /** Dates relative to `now`, the backend clock at seed time. */
  seed(now: Instant): PersonaSeed
}
