import { toIso } from '../../src/domain/time'
import { dict } from '../db/dict'
import type { SharedState } from '../db/shared-state'
import { findStore } from '../seeds/coupons-catalogue'
import { badRequest, HttpError } from './errors'
import { ok, type Route, type RouteContext } from './types'

/** The fake backend's PIN for every store (API-CONTRACT part 2). */
export const STAFF_PIN = '2468'
/** A clerk signs in once per shift: a token lives 12 h on the backend's clock. */
export const STAFF_TOKEN_TTL_MS = 12 * 60 * 60 * 1000

interface StaffSession {
  storeId: string
  expiresAt: number
}

/**
 * Staff tokens live in the shared state, so they are persisted with the rest of the backend and a
 * clerk stays signed in across H5 and weapp reloads.
 */
function staffSessions(shared: SharedState): Record<string, StaffSession> {
  const sessions = dict<StaffSession>(shared.extra.staffSessions)
  shared.extra.staffSessions = sessions
  return sessions
}

function newToken(taken: (token: string) => boolean): string {
  for (;;) {
    const bytes = new Uint8Array(18)
    const webCrypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
    if (webCrypto?.getRandomValues) webCrypto.getRandomValues(bytes)
    else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256)
    const token = `st_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
    if (!taken(token)) return token
  }
}

function readBearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return m ? m[1] : null
}

/**
 * The store a valid staff token signs for, or 401 STAFF_ONLY. Anything else in Authorization
 * (none, a member's token, an expired or forgotten staff token) is not a clerk.
 */
export function requireStaff(ctx: RouteContext): { storeId: string } {
  const token = readBearer(ctx.req.headers.authorization)
  const session = token ? staffSessions(ctx.backend.shared)[token] : undefined
  if (!session || session.expiresAt <= ctx.backend.now()) {
    throw new HttpError(401, 'STAFF_ONLY', '仅限门店员工操作，请先用门店 PIN 登录')
  }
  return { storeId: session.storeId }
}

export const staffRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/auth/staff',
    handle: (ctx) => {
      const b = (typeof ctx.req.body === 'object' && ctx.req.body !== null ? ctx.req.body : {}) as Record<string, unknown>
      if (typeof b.storeId !== 'string' || b.storeId === '') throw badRequest('缺少 storeId')
      if (typeof b.pin !== 'string' || !/^\d{4,8}$/.test(b.pin)) throw badRequest('pin 必须是 4 到 8 位数字')
      if (!findStore(b.storeId)) throw badRequest(`没有这个门店：${b.storeId}`)
      if (b.pin !== STAFF_PIN) throw new HttpError(401, 'PIN_INVALID', 'PIN 不正确')

      const now = ctx.backend.now()
      const sessions = staffSessions(ctx.backend.shared)
      // Forget expired tokens so the persisted snapshot does not grow shift after shift.
      for (const [token, s] of Object.entries(sessions)) if (s.expiresAt <= now) delete sessions[token]
      const token = newToken((t) => t in sessions)
      const expiresAt = now + STAFF_TOKEN_TTL_MS
      sessions[token] = { storeId: b.storeId, expiresAt }
      return ok({ token, storeId: b.storeId, expiresAt: toIso(expiresAt) })
    },
  },
]
