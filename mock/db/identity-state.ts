import type { Instant } from '../../src/domain/time'
import { dict } from './dict'
import { parseMemberKey, visitorKey, type MemberKey } from './member-key'
import type { SharedState } from './shared-state'

/** A member's (or visitor's) session; never a staff one: staff tokens live elsewhere. */
export interface MemberSession {
  key: string
  visitor: boolean
  expiresAt: Instant
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
  }
  shared.extra.memberIdentity = value
  return value
}

/** Member tokens start `mt.` so no one mistakes them for another kind; the rest is unguessable enough for a fake. */
export function issueMemberToken(state: IdentityState, key: MemberKey, now: Instant): { token: string; expiresAt: Instant } {
  let token = ''
  do token = `mt.${randomHex(24)}`
  while (token in state.tokens)
  const expiresAt = now + MEMBER_TOKEN_TTL_MS
  state.tokens[token] = { key: key.key, visitor: key.visitor === true, expiresAt }
  return { token, expiresAt }
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
