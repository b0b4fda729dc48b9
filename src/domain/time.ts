/**
 * Business time is Asia/Shanghai. China has had no daylight saving since 1991, so a fixed
 * +08:00 offset is exact and avoids relying on Intl time-zone data, which some mini-program
 * runtimes lack.
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000

export type Instant = number

/** RFC 3339 (which allows a lower-case t and z), 0–9 fraction digits, Z or any ±hh:mm offset. */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/

/**
 * Parses an ISO-8601 instant with an offset or Z; returns NaN for anything else, including
 * `YYYY-MM-DD hh:mm:ss` (no offset, and iOS cannot parse it) and impossible dates such as
 * Feb 30, which some engines silently roll over. Built from numbers, so every runtime agrees.
 * Fractions beyond milliseconds (microseconds, nanoseconds) are truncated.
 */
export function parseInstant(iso: string): Instant {
  if (typeof iso !== 'string') return NaN
  const m = ISO_INSTANT.exec(iso)
  if (!m) return NaN
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number)
  const second = m[6] === undefined ? 0 : Number(m[6])
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'))
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN
  if (hour > 23 || minute > 59 || second > 59) return NaN
  let offsetMs = 0
  if (!m[8]) {
    const offHours = Number(m[10])
    const offMinutes = Number(m[11])
    if (offHours > 14 || offMinutes > 59) return NaN
    offsetMs = (m[9] === '-' ? -1 : 1) * (offHours * 60 + offMinutes) * 60 * 1000
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMs
}

export function toIso(instant: Instant): string {
  return new Date(instant).toISOString()
}

/** The first millisecond of the Shanghai calendar day that contains `instant`. */
export function startOfShanghaiDay(instant: Instant): Instant {
  const local = instant + SHANGHAI_OFFSET_MS
  return local - mod(local, DAY_MS) - SHANGHAI_OFFSET_MS
}

/** The last millisecond of the Shanghai calendar day that contains `instant`. */
export function endOfShanghaiDay(instant: Instant): Instant {
  return startOfShanghaiDay(instant) + DAY_MS - 1
}

/**
 * A date-only value (`YYYY-MM-DD`) means the whole Shanghai day: validity ends at its last
 * millisecond. Built from numbers so it never goes through `new Date('YYYY-MM-DD hh:mm:ss')`.
 */
export function endOfShanghaiDate(date: string): Instant {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return NaN
  const [year, month, day] = [m[1], m[2], m[3]].map(Number)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN
  const utcMidnight = Date.UTC(year, month - 1, day)
  return utcMidnight - SHANGHAI_OFFSET_MS + DAY_MS - 1
}

/** Whole Shanghai calendar days from `from`'s day to `to`'s day (0 = same day). */
export function shanghaiDaysBetween(from: Instant, to: Instant): number {
  return Math.round((startOfShanghaiDay(to) - startOfShanghaiDay(from)) / DAY_MS)
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
