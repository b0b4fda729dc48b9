import { parseInstant } from '@/domain/time'
import { readStored, removeStored, writeStored } from './storage'

/**
 * Server-aligned time. A phone's clock can be minutes off; every "is it still valid / seconds
 * left / expires today" decision reads `serverNow()`, the phone's clock corrected by the last
 * known offset to the backend's clock.
 *
 * Each answer bounds the offset: the server stamped it somewhere between the moment we sent
 * the request and the moment the answer arrived, so offset ∈ [stamp − receivedAt, stamp − sentAt].
 * An offset already inside the bounds is kept (a precise `serverTime` is not blurred by the next
 * whole-second `Date` header); one outside is moved to the upper bound, which errs towards the
 * server being later: a code then shows at most its true seconds left, never more.
 */
const STORAGE_KEY = 'clock.offset'
const STORAGE_VERSION = 1
const isOffset = (d: unknown): d is { offsetMs: number } =>
  typeof d === 'object' && d !== null && Number.isFinite((d as { offsetMs?: unknown }).offsetMs)

let offsetMs: number | null = null
let loaded = false

function currentOffset(): number | null {
  if (!loaded) {
    loaded = true
    // Kept across launches: offline, a saved code is still judged on the server's time.
    offsetMs ??= readStored(STORAGE_KEY, STORAGE_VERSION, isOffset)?.offsetMs ?? null
  }
  return offsetMs
}

/** Now on the backend's clock, as well as this device knows it (the phone's own before any answer). */
export function serverNow(): number {
  return Date.now() + (currentOffset() ?? 0)
}

/** Milliseconds to add to the phone's clock (positive: the phone is slow). */
export function clockOffsetMs(): number {
  return currentOffset() ?? 0
}

function narrow(lowMs: number, highMs: number): void {
  if (!Number.isFinite(lowMs) || !Number.isFinite(highMs) || lowMs > highMs) return
  const current = currentOffset()
  if (current !== null && current >= lowMs && current <= highMs) return
  offsetMs = highMs
  writeStored(STORAGE_KEY, STORAGE_VERSION, { offsetMs })
}

/** A `serverTime` instant (code answers), received for a request sent at `sentAt`. */
export function noteServerTime(serverTime: string, sentAt: number, receivedAt: number): void {
  const stamp = parseInstant(serverTime)
  narrow(stamp - receivedAt, stamp - sentAt)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `Wed, 02 Jan 2030 03:04:05 GMT` (RFC 9110 IMF-fixdate) → epoch ms; NaN for anything else. */
export function parseHttpDate(value: string): number {
  const m = /^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/.exec(value.trim())
  const month = m ? MONTHS.indexOf(m[2]) : -1
  if (!m || month < 0) return NaN
  return Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]))
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
  return key === undefined ? undefined : String(headers[key])
}

/**
 * The `Date` header of an answer the origin made just now: whole seconds, so the stamp lies in
 * [date, date + 999 ms]. An answer a cache kept (a CDN's `/levels`) carries the `Date` of when the
 * origin made it, minutes ago, and an `Age` above 0: it says nothing about the time now, so only
 * answers without `Age`, or with `Age: 0`, align the clock. (The API exposes `Age` to the page
 * beside `Date`; `serverTime` in code answers is never cached.)
 */
export function noteResponseHeaders(headers: Record<string, string> | undefined, sentAt: number, receivedAt: number): void {
  if (!headers) return
  const age = headerOf(headers, 'age')
  if (age !== undefined && Number(age.trim()) !== 0) return
  const value = headerOf(headers, 'date')
  const date = value === undefined ? NaN : parseHttpDate(value)
  if (Number.isFinite(date)) narrow(date - receivedAt, date + 999 - sentAt)
}

/** Tests: forget the offset, in memory and in storage (`keepStored`: as a relaunch would). */
export function resetServerClock(options: { keepStored?: boolean } = {}): void {
  offsetMs = null
  loaded = false
  if (!options.keepStored) removeStored(STORAGE_KEY)
}
