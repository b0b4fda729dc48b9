import { toIso } from '../../src/domain/time'
import { identityState, issueMemberToken, liveKey, mintVisitorKey, type IdentityState, type MemberSession } from '../db/identity-state'
import { parseMemberKey, type MemberKey } from '../db/member-key'
import type { Backend } from '../db/backend'
import { badRequest } from './errors'
import { readObjectBody, rejectUnknownFields } from './read-body'
import { ok, type Route } from './types'

// Sign-in as every weapp launch does it (wx.login); phone sign-in, joining and the profile are in identity-forms.ts.

const MAX_WECHAT_CODE_LENGTH = 128

/** Signs `key` in: a fresh token, and whether the programme has been joined. */
export function signIn(backend: Backend, state: IdentityState, key: MemberKey, how?: Pick<MemberSession, 'via' | 'phone'>) {
  const member = backend.member(key)
  const { token, expiresAt } = issueMemberToken(state, key, backend.now(), how)
  return ok({ token, expiresAt: toIso(expiresAt), joined: !member.notJoined })
}

export const identityRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/auth/wechat',
    handle: (ctx) => {
      const body = readObjectBody(ctx.req.body)
      rejectUnknownFields(body, ['code'])
      const { code } = body
      if (typeof code !== 'string' || code === '' || code.length > MAX_WECHAT_CODE_LENGTH) throw badRequest('需要 wx.login 返回的 code')
      const state = identityState(ctx.backend.shared)
      if (code.startsWith('mock:')) {
        const key = parseMemberKey(code.slice('mock:'.length))
        if (!key) throw badRequest(`没有这个测试身份：${code}`)
        // A persona that deleted its membership signs in as the new visitor in its place.
        return signIn(ctx.backend, state, liveKey(state, key))
      }
      // A real login code is one-time: in the fake backend each one is a stranger.
      return signIn(ctx.backend, state, mintVisitorKey(state))
    },
  },
]
