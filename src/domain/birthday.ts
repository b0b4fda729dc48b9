import { SHANGHAI_OFFSET_MS, type Instant } from './time'

/** When the birthday gift may be claimed: the whole Shanghai calendar month of the birthday. */
export interface BirthdayWindow {
  /** True when `now` lies inside the window. */
  open: boolean
  /** First millisecond of the birthday month (Shanghai): this year's if open or still ahead, else next year's. */
  opensAt: Instant
  /** First millisecond after the month ends. */
  closesAt: Instant
}

const BIRTHDAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The month (1–12) of a `YYYY-MM-DD` birthday, or null for anything else. */
export function birthdayMonth(birthday: string): number | null {
  const m = BIRTHDAY.exec(birthday)
  const month = m ? Number(m[2]) : NaN
  return month >= 1 && month <= 12 ? month : null
}

/** Midnight in Shanghai at the start of the given month (month may run past 12). */
function startOfShanghaiMonth(year: number, month: number): Instant {
  return Date.UTC(year, month - 1, 1) - SHANGHAI_OFFSET_MS
}

/**
 * The window only depends on the month: a 29 February birthday opens on 1 February every year,
 * leap or not. Nothing here builds the birthday's own date in the current year, which would roll
 * 29 February over into March in a common year.
 */
export function birthdayGiftWindow(birthday: string, now: Instant): BirthdayWindow | null {
  const month = birthdayMonth(birthday)
  if (month === null) return null
  const local = new Date(now + SHANGHAI_OFFSET_MS)
  const year = local.getUTCFullYear()
  const thisMonth = local.getUTCMonth() + 1
  const openYear = thisMonth > month ? year + 1 : year
  const opensAt = startOfShanghaiMonth(openYear, month)
  const closesAt = startOfShanghaiMonth(openYear, month + 1)
  return { open: now >= opensAt && now < closesAt, opensAt, closesAt }
}

/** "6月1日" in Shanghai, for the words that say when the gift opens. */
export function formatShanghaiMonthDay(instant: Instant): string {
  const local = new Date(instant + SHANGHAI_OFFSET_MS)
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日`
}
