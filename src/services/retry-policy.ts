import type { ApiError } from './errors'

/**
 * How the one request function retries: three tries in about three seconds, so a network that
 * drops one request in three never reaches the member as an error, while a backend that is
 * really down answers within a few seconds instead of keeping a skeleton on screen for long.
 */
export const MAX_TRIES = 3
const BASE_DELAY_MS = 600
/** A `Retry-After` longer than this is not worth a member waiting for on a skeleton. */
export const MAX_RETRY_AFTER_MS = 1500
/**
 * No new try starts this long after the first: fast failures retry three times in about three
 * seconds, but after a timeout (8 s by default) there is time for one more try at most.
 */
export const RETRY_WINDOW_MS = 10_000

export interface RetryTiming {
  sleep: (ms: number) => Promise<void>
  random: () => number
  now: () => number
}

const realTiming: RetryTiming = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: () => Date.now(),
}

let timing: RetryTiming = realTiming

/** Tests inject an instant sleep (and a fixed random) so backoff is checked without waiting. */
export function setRetryTiming(next: Partial<RetryTiming> | null): void {
  timing = next ? { ...realTiming, ...next } : realTiming
}

export function retryTiming(): RetryTiming {
  return timing
}

/**
 * The wait before try `attempt + 1` (attempt counts from 1): exponential with full jitter on its
 * upper half (300–600 ms, then 600–1200 ms), or the server's `Retry-After` when it asks, capped.
 */
export function backoffMs(attempt: number, retryAfter: string | undefined, random: () => number = timing.random): number {
  const asked = parseRetryAfter(retryAfter)
  if (asked !== null) return Math.min(asked, MAX_RETRY_AFTER_MS)
  const ceiling = BASE_DELAY_MS * 2 ** (attempt - 1)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/** `Retry-After` in seconds or as an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const at = Date.parse(trimmed)
  return Number.isFinite(at) ? Math.max(0, at - now) : null
}

/**
 * Only failures that may pass by themselves (never a 4xx or a body that breaks the contract), and
 * only while the next try would still start inside the retry window.
 */
export function shouldRetry(error: ApiError, attempt: number, elapsedMs: number, waitMs: number): boolean {
  return attempt < MAX_TRIES && error.retryable && elapsedMs + waitMs < RETRY_WINDOW_MS
}
