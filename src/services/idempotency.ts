/**
 * One `Idempotency-Key` per user action. A key is remembered only while the action's outcome is
 * unknown (the response was lost, timed out or the server failed), so tapping the same button
 * again replays the same action instead of doing it twice; once an answer is known, the next tap
 * is a new action with a new key.
 */
const MAX_KEY_LENGTH = 64
const unknownOutcome = new Map<string, string>()

/** Time plus randomness: unique enough per device, and no crypto API the mini-program may lack. */
export function newIdempotencyKey(prefix = 'ik'): string {
  const random = Math.random().toString(36).slice(2, 12)
  return `${prefix}-${Date.now().toString(36)}-${random}`.slice(0, MAX_KEY_LENGTH)
}

/** The same method, path and body is the same action. */
export function actionId(path: string, body: unknown): string {
  return `${path} ${body === undefined ? '' : JSON.stringify(body)}`
}

/** The key of an action still waiting for its outcome, or a fresh one. */
export function keyForAction(action: string): string {
  return unknownOutcome.get(action) ?? newIdempotencyKey()
}

export function settleAction(action: string, key: string, outcomeKnown: boolean): void {
  if (outcomeKnown) unknownOutcome.delete(action)
  else unknownOutcome.set(action, key)
}

/** A key the caller already chose (e.g. the counter's body key) is used as is when it fits. */
export function usableKey(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_LENGTH ? value : null
}

/** Persona switches and tests start with no pending actions. */
export function forgetPendingActions(): void {
  unknownOutcome.clear()
}
