import { ok, type Route } from './types'

export const memberRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/me',
    handle: (ctx) => {
      const { profile, held } = ctx.member()
      const { id, nickname, phoneMasked, joinedAt } = profile
      return ok({ member: { id, nickname, phoneMasked, levelCode: held.levelCode, joinedAt } })
    },
  },
]
