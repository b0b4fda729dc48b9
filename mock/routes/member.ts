import { ok, type Route } from './types'

export const memberRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/me',
    handle: (ctx) => {
      const member = ctx.member()
      return ok({ member: { ...member.profile, levelCode: member.held.levelCode } })
    },
  },
]
