import type { MemberState } from '../db/member-state'
import { advisorFor } from '../seeds/advisors'
import { ok, type Route } from './types'

/** The contract's member: identity, level, and the optional birthday, preferences and advisor. */
export function memberBody(member: MemberState) {
  const { profile, held } = member
  const { id, nickname, phoneMasked, joinedAt, birthday, preferences } = profile
  // Members whose level has the advisor right see who their advisor is.
  const advisor = advisorFor(member)
  return {
    id,
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
