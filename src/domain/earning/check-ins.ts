import { DAY_MS, SHANGHAI_OFFSET_MS, startOfShanghaiDay, type Instant } from '../time'

/** The Shanghai calendar date (`YYYY-MM-DD`) an instant falls on, whatever the device's zone. */
export function shanghaiDateOf(instant: Instant): string {
  return new Date(startOfShanghaiDay(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** The Shanghai month (`YYYY-MM`) an instant falls on. */
export function shanghaiMonthOf(instant: Instant): string {
  return shanghaiDateOf(instant).slice(0, 7)
}

/**
 * Consecutive check-in days ending today, or ending yesterday when today is not checked in yet
 * (the streak is still alive until the day is over).
 */
export function checkInStreak(days: readonly string[], now: Instant): number {
  const set = new Set(days)
  let day = startOfShanghaiDay(now)
  if (!set.has(shanghaiDateOf(day))) day -= DAY_MS
  let streak = 0
  while (set.has(shanghaiDateOf(day))) {
    streak += 1
    day -= DAY_MS
  }
  return streak
}
