import { advisorFor } from '../seeds/advisors'
import { ok, type Route } from './types'

export const memberRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/me',
    handle: (ctx) => {
      const member = ctx.member()
      const { id, nickname, phoneMasked, joinedAt, birthday } = member.profile
      const advisor = advisorFor(member)
      return ok({
        member: { id, nickname, phoneMasked, levelCode: member.held.levelCode, joinedAt, ...(birthday ? { birthday } : {}), ...(advisor ? { advisor } : {}) },
      })
    },
  },
]
