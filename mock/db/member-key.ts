import { DEFAULT_PERSONA, isPersonaId, type PersonaId } from '../personas/persona-ids'

/** Which member a request sees: `active` or `active~7` (a separate member seeded like `active`). */
export interface MemberKey {
  key: string
  personaId: PersonaId
  /** 0 for the persona itself, 1..999 for its copies. */
  copy: number
  /**
   * Seeded as someone signed in who has not joined (persona `visitor`, or a stranger's sign-in);
   * `personaId` is then the persona a join starts from.
   */
  visitor?: true
}

/** The contract's persona for "signed in, not joined"; not one of the seeded member personas. */
export const VISITOR_PERSONA = 'visitor'

const KEY_PATTERN = /^([a-z][a-z-]*)(?:~([1-9]\d{0,2}))?$/

/** Returns null when the header names no persona we seed; a missing header means the default. */
export function parseMemberKey(header: string | undefined): MemberKey | null {
  const raw = (header ?? '').trim()
  if (raw === '') return { key: DEFAULT_PERSONA, personaId: DEFAULT_PERSONA, copy: 0 }
  const match = KEY_PATTERN.exec(raw)
  if (!match) return null
  const copy = match[2] ? Number(match[2]) : 0
  if (match[1] === VISITOR_PERSONA) return visitorKey(raw, copy)
  if (!isPersonaId(match[1])) return null
  return { key: raw, personaId: match[1], copy }
}

/** A visitor's key: `visitor`, `visitor~n`, or one minted for a stranger's sign-in. */
export function visitorKey(key: string, copy = 0): MemberKey {
  return { key, personaId: 'newcomer', copy, visitor: true }
}

/**
 * A key stored in shared state back to a member key: personas, their copies, and the keys minted
 * for strangers who signed in (`u-000001`, who may have joined since). Null for anything else.
 */
export function storedMemberKey(key: string): MemberKey | null {
  return parseMemberKey(key) ?? (/^u-\d+$/.test(key) ? visitorKey(key) : null)
}
