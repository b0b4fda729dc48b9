import { endOfShanghaiDay } from '@/domain/time'

/**
 * One `Idempotency-Key` per user action of one member. A key is remembered only while the
 * action's outcome is unknown (the response was lost, timed out or the server failed), so tapping
 * the same button again replays the same action instead of doing it twice. It ends when the
 * outcome is known, when the member changes (services/member-storage forgets every pending key),
 * and at the latest when the action could no longer be the same one: at the end of the Shanghai
 * day for an action of that day (a check-in lost at 21:00 is not replayed the next morning, where
 * the backend would answer the old day's result), after a few minutes for any other.
 */
const MAX_KEY_LENGTH = 64
/** How long an action not tied to a day stays "the same tap" (and never past the day's end). */
export const PENDING_ACTION_TTL_MS = 5 * 60 * 1000
/** Actions whose meaning is "today" (the backend answers by Shanghai day). */
const DAY_BOUND_PATHS = [/^\/check-ins$/]

interface Pending {
  key: string
  /** The member whose action it is (services/member-storage's scope; '' when nobody's). */
  member: string
  expiresAt: number
}
const unknownOutcome = new Map<string, Pending>()

/** Time plus randomness: unique enough per device, and no crypto API the mini-program may lack. */
export function newIdempotencyKey(prefix = 'ik'): string {
  const random = Math.random().toString(36).slice(2, 12)
  return `${prefix}-${Date.now().toString(36)}-${random}`.slice(0, MAX_KEY_LENGTH)
}

/** The same member, path and body is the same action. */
export function actionId(member: string, path: string, body: unknown): string {
  return `${member} ${path} ${body === undefined ? '' : JSON.stringify(body)}`
}

/** When a pending key for `path`, first sent at `now`, stops being the same action. */
export function pendingUntil(path: string, now: number): number {
  const endOfDay = endOfShanghaiDay(now)
  return DAY_BOUND_PATHS.some((p) => p.test(path)) ? endOfDay : Math.min(endOfDay, now + PENDING_ACTION_TTL_MS)
}

/** The key of this member's action still waiting for its outcome, or a fresh one. */
export function keyForAction(action: string, member: string, now: number): string {
  const pending = unknownOutcome.get(action)
  if (pending && pending.member === member && now < pending.expiresAt) return pending.key
  unknownOutcome.delete(action)
  return newIdempotencyKey()
}

/**
 * After the last try: a known outcome ends the key; an unknown one keeps it for the member's next
 * tap, until `expiresAt` (kept from the first try, so taps cannot stretch it past the day).
 */
export function settleAction(action: string, key: string, outcomeKnown: boolean, member: string, expiresAt: number): void {
  if (outcomeKnown) {
    unknownOutcome.delete(action)
    return
  }
  const previous = unknownOutcome.get(action)
  unknownOutcome.set(action, { key, member, expiresAt: previous?.key === key ? previous.expiresAt : expiresAt })
}

/** A key the caller already chose (e.g. the counter's body key) is used as is when it fits. */
export function usableKey(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_LENGTH ? value : null
}

/** A member change (sign-out, another member, another persona) and tests start with no pending actions. */
export function forgetPendingActions(): void {
  unknownOutcome.clear()
}
