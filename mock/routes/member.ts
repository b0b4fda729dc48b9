import type { MemberState } from '../db/member-state'
import { advisorFor } from '../seeds/advisors'
import { ok, type Route } from './types'

/** The contract's member: identity, level, and the optional birthday, preferences and advisor. */
/**
 * The number printed on the member's card: 'MC' + 8 digits, stable for a member key (FNV-1a of the key), so a
 * persona and each of its copies (`active~7`) keep their own number across restarts, and the internal key
 * (which names the persona) never reaches the screen.
 */
export function memberNumberFor(key: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return 'MC' + String(hash % 100_000_000).padStart(8, '0')
}

export function memberBody(member: MemberState) {
  const { profile, held } = member
  const { id, nickname, phoneMasked, joinedAt, birthday, preferences } = profile
  // Members whose level has the advisor right see who their advisor is.
  const advisor = advisorFor(member)
  return {
    id,
    memberNo: memberNumberFor(member.key),
    nickname,
    phoneMasked,
    levelCode: held.levelCode,
    joinedAt,
    ...(birthday ? { birthday } : {}),
    ...(preferences ? { preferences } : {}),
    ...(advisor ? { advisor } : {}),
  }
}

export const memberRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/me',
    handle: (ctx) => ok({ member: memberBody(ctx.member()) }),
  },
]
