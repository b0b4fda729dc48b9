export const PERSONA_IDS = ['newcomer', 'first-buyer', 'active', 'cocreator', 'at-risk', 'coupon-rich'] as const

export type PersonaId = (typeof PERSONA_IDS)[number]

export const DEFAULT_PERSONA: PersonaId = 'active'

export function isPersonaId(value: string): value is PersonaId {
  return (PERSONA_IDS as readonly string[]).includes(value)
}
