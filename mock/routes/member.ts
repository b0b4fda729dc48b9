import type { MemberState } from '../db/member-state'
import { ok, type Route } from './types'

/** The contract's member: identity, level, and the optional birthday and preferences. */
export function memberBody({ profile, held }: MemberState) {
  const { id, nickname, phoneMasked, joinedAt, birthday, preferences } = profile
  return {
    id,
    nickname,
    phoneMasked,
    levelCode: held.levelCode,
    joinedAt,
    ...(birthday ? { birthday } : {}),
    ...(preferences ? { preferences } : {}),
  }
}

export const memberRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/me',
    handle: (ctx) => ok({ member: memberBody(ctx.member()) }),
  },
]
