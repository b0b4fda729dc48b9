import { ApiError } from './errors'
import { getPersona, onMockSessionChange } from './mock-session'
import { readStored, removeStored, writeStored } from './storage'

/**
 * Who the member is to the backend: a token from /auth/* kept in storage and sent as
 * `Authorization: Bearer` on every member call. Mock builds without a token fall back to the
 * tester's persona (`X-Persona`), so switching persona stays instant; once a member signs out,
 * or a token is refused, they must sign in again. A real build always needs a token.
 */
export interface StoredSession {
  token: string
  expiresAt: string
  /** False for a visitor who signed in but has not joined the programme. */
  joined: boolean
  /**
   * Whose data this device keeps (services/member-storage): new at every sign-in, so one member's
   * saved data is never shown to the next, and opaque (no phone or id in storage key names).
   */
  scope?: string
}

const SESSION_KEY = 'session.v1'
const MUST_SIGN_IN_KEY = 'session.mustSignIn'
const RETURN_TO_KEY = 'session.returnTo'
const VERSION = 1

/** Paths that act for no member: signing in, public reads, the fake backend's control and the staff side. */
const PUBLIC_PATHS = [/^\/auth\//, /^\/levels$/, /^\/stores$/, /^\/mock\//, /^\/redemptions$/, /^\/staff\//]

const isSession = (d: unknown): d is StoredSession =>
  typeof d === 'object' && d !== null && typeof (d as StoredSession).token === 'string' && typeof (d as StoredSession).joined === 'boolean'
const isTrue = (d: unknown): d is true => d === true
const isString = (d: unknown): d is string => typeof d === 'string'

let loaded = false
let session: StoredSession | null = null
/** Whether the current member has joined, as far as the app knows (null: not known yet). */
let joinedKnown: boolean | null = null
const listeners = new Set<() => void>()

function load(): void {
  if (loaded) return
  loaded = true
  session = readStored(SESSION_KEY, VERSION, isSession)
  // A session saved before scopes existed gets one now (its old data is swept as nobody's).
  if (session && !session.scope) {
    session = { ...session, scope: newScope() }
    writeStored(SESSION_KEY, VERSION, session)
  }
  joinedKnown = session ? session.joined : null
}

function newScope(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}

function changed(): void {
  listeners.forEach((l) => l())
}

export function getSession(): StoredSession | null {
  load()
  return session
}

/**
 * A sign-in's answer: a new token is a new sign-in, with a scope of its own, except when it
 * replaces a refused token silently (the weapp's wx.login: the same WeChat account, whose storage
 * WeChat keeps apart from every other account's), which is the same member.
 */
export function saveSession(next: StoredSession): void {
  load()
  const kept = session && (session.token === next.token || session.token === replacingToken) ? session.scope : undefined
  session = { ...next, scope: kept ?? newScope() }
  joinedKnown = next.joined
  writeStored(SESSION_KEY, VERSION, session)
  removeStored(MUST_SIGN_IN_KEY)
  changed()
}

/** Forgets the token; `mustSignIn` also stops a mock build from falling back to a persona. */
export function clearSession(mustSignIn: boolean): void {
  load()
  session = null
  joinedKnown = null
  removeStored(SESSION_KEY)
  if (mustSignIn) writeStored(MUST_SIGN_IN_KEY, VERSION, true)
  else removeStored(MUST_SIGN_IN_KEY)
  changed()
}

/** The member needs to sign in before any member call (no token, and no persona to fall back on). */
export function needsSignIn(): boolean {
  if (getSession()) return false
  return !__MOCK__ || readStored(MUST_SIGN_IN_KEY, VERSION, isTrue) === true
}

export function isJoined(): boolean | null {
  load()
  return joinedKnown
}

export function setJoined(joined: boolean): void {
  load()
  if (joinedKnown === joined) return
  joinedKnown = joined
  if (session) {
    session = { ...session, joined }
    writeStored(SESSION_KEY, VERSION, session)
  }
  changed()
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Where to take the member once signed in and joined (a shared invite or coupon they opened). */
export function setReturnTo(url: string | null): void {
  if (url) writeStored(RETURN_TO_KEY, VERSION, url)
  else removeStored(RETURN_TO_KEY)
}

export function takeReturnTo(): string | null {
  const url = readStored(RETURN_TO_KEY, VERSION, isString)
  removeStored(RETURN_TO_KEY)
  return url
}

export function isPublicPath(path: string): boolean {
  return PUBLIC_PATHS.some((p) => p.test(path))
}

/**
 * How the app signs in again: the weapp silently (wx.login), H5 by sending the member to the
 * sign-in page. Resolves true when a new token is in place and the call may be retried.
 */
export type Reauthenticate = () => Promise<boolean>
let reauthenticate: Reauthenticate = async () => false
let reauthenticatesSilently = false
let pending: Promise<boolean> | null = null
/** The refused token a silent sign-in is replacing right now: its answer keeps the member's scope. */
let replacingToken: string | null = null

/** `silent`: the sign-in asks nobody and can only be the same account (the weapp's wx.login). */
export function setReauthenticate(fn: Reauthenticate, options: { silent?: boolean } = {}): void {
  reauthenticate = fn
  reauthenticatesSilently = options.silent === true
}

/** One sign-in however many calls need it at once. */
export function signInAgain(): Promise<boolean> {
  pending ??= reauthenticate()
    .catch(() => false)
    .finally(() => {
      pending = null
    })
  return pending
}

/** The headers a call to `path` needs; signs in first when there is nothing to send. */
export async function authHeaders(path: string): Promise<Record<string, string>> {
  if (isPublicPath(path)) return {}
  if (needsSignIn() && !(await signInAgain())) throw signInRequired()
  const current = getSession()
  return current ? { Authorization: `Bearer ${current.token}` } : {}
}

export function signInRequired(): ApiError {
  return new ApiError('client', '请先登录', { status: 401, code: 'UNAUTHENTICATED' })
}

/**
 * A refused token: sign in again; resolves true when the call may be retried once. Silently (the
 * weapp) the same member comes back, so their data and the loads under way stay; otherwise the
 * token is forgotten at once (and with it everything of the member), as anyone may sign in next.
 */
export async function recoverFromUnauthenticated(): Promise<boolean> {
  const refused = getSession()
  if (reauthenticatesSilently && refused) {
    replacingToken = refused.token
    try {
      if (await signInAgain()) return true
    } finally {
      replacingToken = null
    }
  }
  clearSession(true)
  return reauthenticatesSilently ? false : signInAgain()
}

/** A call answered NOT_MEMBER: the member is a visitor who has not joined. */
export function noteNotMember(): void {
  // Already known: still tell the listeners, so a visitor who landed on a member page (the address
  // they opened before signing in) is shown the programme, and that address kept for after joining.
  if (isJoined() === false) changed()
  else setJoined(false)
}

// A tester choosing a persona signs in as that persona at once (X-Persona); a token would win.
let lastPersona = getPersona()
onMockSessionChange(() => {
  const persona = getPersona()
  if (persona === lastPersona) return
  lastPersona = persona
  clearSession(false)
})
