import Taro from '@tarojs/taro'
import { forgetPendingActions } from './idempotency'
import { getPersona, invalidateMemberData, onMockSessionChange } from './mock-session'
import { getSession, needsSignIn, onSessionChange } from './session'
import { readStored, removeStored, writeStored } from './storage'

/**
 * The one place member data is kept on the device. Every key is prefixed with the scope of the
 * member signed in now (one scope per sign-in; in mock builds without a token, the persona), the
 * keys written are listed, and the moment the scope changes (sign-out, another member signs in,
 * another persona) everything of the previous one is wiped: storage, the in-memory stores that
 * registered with `onMemberDataInvalidated`, and the pending Idempotency-Keys. While nobody is
 * signed in, reads answer nothing and writes are dropped. Features never name a raw storage key
 * for member data; the privacy rule holds by construction.
 */
const INDEX_KEY = 'member-storage.index'
const INDEX_VERSION = 1
const PREFIX = 'm.'
/** Keys member data was kept under before this seam (one shared name per feature): swept on every wipe. */
const LEGACY_PREFIXES = [
  'membership:',
  'coupons:',
  'rights:',
  'level-seen:',
  'growth-record:',
  'content:',
  'cocreation.',
  'member-code:',
  'coupon-code:',
  'identity.welcome',
  'messages.refused',
]

interface Index {
  /** Whose data the listed keys hold (null: nobody's, nothing kept). */
  scope: string | null
  keys: string[]
}
const isIndex = (d: unknown): d is Index =>
  typeof d === 'object' && d !== null && 'scope' in d && (typeof (d as Index).scope === 'string' || (d as Index).scope === null) &&
  Array.isArray((d as Index).keys) && (d as Index).keys.every((k) => typeof k === 'string')

/** The signed-in member's scope, or null while signed out. */
export function memberScope(): string | null {
  const session = getSession()
  if (session) return session.scope ?? null
  if (__MOCK__ && !needsSignIn()) return `persona-${getPersona() ?? 'default'}`
  return null
}

let wiping = false
const changeListeners = new Set<() => void>()

/** Called after a member change has wiped everything (not on a tester's data changes, unlike onMemberDataInvalidated). */
export function onMemberChange(listener: () => void): () => void {
  changeListeners.add(listener)
  return () => changeListeners.delete(listener)
}

/**
 * Brings the device in line with who is signed in now; returns the scope. Called before every
 * read and write and on every session change, so no path can see a previous member's data.
 */
export function syncMemberScope(): string | null {
  const scope = memberScope()
  const index = readStored(INDEX_KEY, INDEX_VERSION, isIndex)
  if (wiping || (index && index.scope === scope)) return scope
  // No index yet (first launch, or data from before this seam): sweep storage only. Nothing in
  // memory can be another member's, and a store's load already under way must not be reset.
  wipe(index?.keys ?? [], scope, index !== null)
  return scope
}

/** Wipes every member's data now, whoever is signed in (sign-out, 注销, a refused token). */
export function wipeMemberData(): void {
  if (!wiping) wipe(readStored(INDEX_KEY, INDEX_VERSION, isIndex)?.keys ?? [], memberScope(), true)
}

function wipe(listed: string[], owner: string | null, memberChanged: boolean): void {
  wiping = true
  try {
    for (const key of [...listed, ...strayKeys()]) removeStored(key)
    // The new owner is written before the stores reset, so a store that reads again finds it.
    writeStored(INDEX_KEY, INDEX_VERSION, { scope: owner, keys: [] } satisfies Index)
    if (memberChanged) {
      forgetPendingActions()
      invalidateMemberData()
      changeListeners.forEach((l) => l())
    }
  } finally {
    wiping = false
  }
}

/** Keys of member data not in the index (written before it, or by an older version of the app). */
function strayKeys(): string[] {
  try {
    const keys = Taro.getStorageInfoSync?.().keys ?? []
    return keys.filter((k) => k.startsWith(PREFIX) || LEGACY_PREFIXES.some((p) => k.startsWith(p)))
  } catch {
    return []
  }
}

const keyOf = (scope: string, name: string) => `${PREFIX}${scope}.${name}`

/** The signed-in member's saved `name`, or null (signed out, missing, old format or corrupt). */
export function readMember<T>(name: string, version: number, isValid: (data: unknown) => data is T): T | null {
  const scope = syncMemberScope()
  return scope ? readStored(keyOf(scope, name), version, isValid) : null
}

/** Saves `name` for the signed-in member; dropped while nobody is signed in. */
export function writeMember<T>(name: string, version: number, data: T): void {
  const scope = syncMemberScope()
  if (!scope) return
  const key = keyOf(scope, name)
  const index = readStored(INDEX_KEY, INDEX_VERSION, isIndex) ?? { scope, keys: [] }
  if (!index.keys.includes(key)) writeStored(INDEX_KEY, INDEX_VERSION, { scope, keys: [...index.keys, key] } satisfies Index)
  writeStored(key, version, data)
}

export function removeMember(name: string): void {
  const scope = syncMemberScope()
  if (scope) removeStored(keyOf(scope, name))
}

// A sign-out, a sign-in or a persona switch wipes at once, before any screen reads again.
onSessionChange(() => void syncMemberScope())
onMockSessionChange(() => void syncMemberScope())
