import type { Backend } from '../db/backend'
import { identityState, memberKeyForToken } from '../db/identity-state'
import { parseMemberKey, type MemberKey } from '../db/member-key'
import { badRequest, HttpError } from './errors'
import type { MockRequest } from './types'

/**
 * Paths that never act for a member: signing in, public reads, and the staff side (whose own
 * tokens that module reads). A member token sent here is ignored rather than judged.
 */
const MEMBER_FREE = [/^\/auth\//, /^\/levels$/, /^\/stores$/, /^\/redemptions$/, /^\/staff\//]

/** What a signed-in visitor who has not joined may not see (contract part 2, Identity). */
const MEMBERS_ONLY = [
  /^\/me(\/|$)/,
  /^\/rights(\/|$)/,
  /^\/coupons(\/|$)/,
  /^\/invites(\/|$)/,
  /^\/coupon-templates\/[^/]+\/claim$/,
  /^\/mock\/events$/,
]

/**
 * Who is asking: a Bearer token, when present, wins over `X-Persona` (which stays for tests and
 * the tester console). An unknown, expired or malformed token is 401, never a fallback.
 */
export function resolveMemberKey(backend: Backend, req: MockRequest, path: string): MemberKey {
  const authorization = req.headers.authorization
  if (authorization !== undefined && !MEMBER_FREE.some((p) => p.test(path))) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization.trim())
    const key = bearer ? memberKeyForToken(identityState(backend.shared), bearer[1], backend.now()) : null
    if (!key) throw new HttpError(401, 'UNAUTHENTICATED', '登录已失效，请重新登录')
    return key
  }
  const key = parseMemberKey(req.headers['x-persona'])
  // Echo only the start: the hint after it must survive the message cap (errors.ts).
  if (!key) throw badRequest(`X-Persona 无效：${String(req.headers['x-persona']).slice(0, 40)}（可选 persona id 或 id~1 到 id~999）`)
  return key
}

export function requiresJoined(path: string): boolean {
  return MEMBERS_ONLY.some((p) => p.test(path))
}

export function notMember(): HttpError {
  return new HttpError(404, 'NOT_MEMBER', '还不是会员：加入会员后才能查看')
}
