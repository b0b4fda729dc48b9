/**
 * Business time is Asia/Shanghai. China has had no daylight saving since 1991, so a fixed
 * +08:00 offset is exact and avoids relying on Intl time-zone data, which some mini-program
 * runtimes lack.
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000

export type Instant = number

/** Parses an ISO-8601 instant with an offset or Z; returns NaN for anything else. */
export function parseInstant(iso: string): Instant {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) return NaN
  return Date.parse(iso)
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
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return utcMidnight - SHANGHAI_OFFSET_MS + DAY_MS - 1
}

/** Whole Shanghai calendar days from `from`'s day to `to`'s day (0 = same day). */
export function shanghaiDaysBetween(from: Instant, to: Instant): number {
  return Math.round((startOfShanghaiDay(to) - startOfShanghaiDay(from)) / DAY_MS)
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n
}
