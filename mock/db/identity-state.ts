import type { Instant } from '../../src/domain/time'
import { dict } from './dict'
import { parseMemberKey, visitorKey, type MemberKey } from './member-key'
import type { SharedState } from './shared-state'

/** A member's (or visitor's) session; never a staff one: staff tokens live elsewhere. */
export interface MemberSession {
  key: string
  visitor: boolean
  expiresAt: Instant
  /** How the session began: a phone sign-in must confirm a deletion with an SMS code, a WeChat one need not. */
  via?: 'wechat' | 'phone'
  /** The full phone a phone sign-in used. */
  phone?: string
}

/** A member who deleted their membership (注销): the key answers NOT_MEMBER, sign-ins go to `successor`. */
export interface MemberDeletion {
  requestedAt: string
  effectiveAt: string
  /** The fresh visitor the member's phone or WeChat sign-in now reaches, who may join as a new member. */
  successor: string
}

/** The identity issue's part of `SharedState.extra`, created on first use, plain JSON. */
export interface IdentityState {
  tokens: Record<string, MemberSession>
  /** Full phone → member key, for phones that belong to no persona (strangers who signed in). */
  phoneOwners: Record<string, string>
  /** Member key → the full phone it signed in with, so joining can keep its masked form. */
  keyPhones: Record<string, string>
  /** Phone → when the last SMS code was sent (backend clock), for the 60 s limit. */
  smsSentAt: Record<string, Instant>
  nextVisitorSeq: number
  /** Member key → the privacy notice version agreed to when joining, and when. */
  consents: Record<string, { privacyVersion: string; acceptedAt: string }>
  /** Member key → its deletion, if the member left (POST /me/deletion). */
  deletions: Record<string, MemberDeletion>
}

export const MEMBER_TOKEN_TTL_MS = 30 * 86_400_000
export const SMS_INTERVAL_MS = 60_000

export function identityState(shared: SharedState): IdentityState {
  const slot = shared.extra.memberIdentity as Partial<IdentityState> | undefined
  const value: IdentityState = {
    tokens: dict(slot?.tokens),
    phoneOwners: dict(slot?.phoneOwners),
    keyPhones: dict(slot?.keyPhones),
    smsSentAt: dict(slot?.smsSentAt),
    nextVisitorSeq: slot?.nextVisitorSeq ?? 1,
    consents: dict(slot?.consents),
    deletions: dict(slot?.deletions),
  }
  shared.extra.memberIdentity = value
  return value
}

/** Member tokens start `mt.` so no one mistakes them for another kind; the rest is unguessable enough for a fake. */
export function issueMemberToken(
  state: IdentityState,
  key: MemberKey,
  now: Instant,
  how: Pick<MemberSession, 'via' | 'phone'> = { via: 'wechat' },
): { token: string; expiresAt: Instant } {
  let token = ''
  do token = `mt.${randomHex(24)}`
  while (token in state.tokens)
  const expiresAt = now + MEMBER_TOKEN_TTL_MS
  state.tokens[token] = { key: key.key, visitor: key.visitor === true, expiresAt, ...how }
  return { token, expiresAt }
}

/** The session behind a live token (for how it signed in), or null. */
export function sessionForToken(state: IdentityState, token: string): MemberSession | null {
  return Object.prototype.hasOwnProperty.call(state.tokens, token) ? state.tokens[token] : null
}

/** Who a sign-in reaches: a deleted member's sign-ins reach the fresh visitor who replaced them. */
export function liveKey(state: IdentityState, key: MemberKey): MemberKey {
  let current = key
  for (let hops = 0; hops < 100 && Object.prototype.hasOwnProperty.call(state.deletions, current.key); hops++) {
    current = visitorKey(state.deletions[current.key].successor)
  }
  return current
}

/** The member behind a live token; null for an unknown or expired one. */
export function memberKeyForToken(state: IdentityState, token: string, now: Instant): MemberKey | null {
  const session = Object.prototype.hasOwnProperty.call(state.tokens, token) ? state.tokens[token] : undefined
  if (!session) return null
  if (session.expiresAt <= now) {
    delete state.tokens[token]
    return null
  }
  return parseMemberKey(session.key) ?? (session.visitor ? visitorKey(session.key) : null)
}

/** A new visitor for a stranger's sign-in; `u-…` keys never collide with persona keys. */
export function mintVisitorKey(state: IdentityState): MemberKey {
  const key = `u-${String(state.nextVisitorSeq++).padStart(6, '0')}`
  return visitorKey(key)
}

function randomHex(length: number): string {
  let out = ''
  while (out.length < length) out += Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0')
  return out.slice(0, length)
}
