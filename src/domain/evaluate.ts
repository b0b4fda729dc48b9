import { meetsCriteria, progressToward, type DimensionProgress } from './criteria'
import { DEFAULT_WINDOW_DAYS, totalsInWindow, windowAt, type GrowthEvent, type Totals } from './ledger'
import { LEVELS, levelByCode, levelByRank, nextLevel, rankOf, type Level, type LevelCode } from './levels'
import { DAY_MS, endOfShanghaiDay, toIso, type Instant } from './time'

/** How long a level is held after it is reached or renewed. */
export const LEVEL_TERM_DAYS = 365
/** The UI warns this many days before a level expires. */
export const RETENTION_WARNING_DAYS = 30

/** What the backend remembers of a member's level between reads. */
export interface HeldLevel {
  levelCode: LevelCode
  /** End of the Shanghai day the level lapses; null for the entry level, which never does. */
  expiresAt: Instant | null
  /** An accepted invitation to a level that requires one. */
  invitedTo: LevelCode[]
}

/** The highest level the ledger supports; a level that requires an invite needs it accepted. */
export function supportedLevel(totals: Totals, invitedTo: readonly LevelCode[], levels: readonly Level[] = LEVELS): Level {
  let best = levels[0]
  for (const level of levels) {
    if (!meetsCriteria(totals, level.criteria)) break
    if (level.requiresInvite && !invitedTo.includes(level.code)) break
    best = level
  }
  return best
}

export function termEnd(from: Instant): Instant {
  return endOfShanghaiDay(from + LEVEL_TERM_DAYS * DAY_MS)
}

/**
 * Applies what happened since the last read: an upgrade takes effect at once and starts a new
 * term; at each expiry a level that the ledger supported at that moment is renewed for another
 * term, otherwise it drops one step per lapsed term and never below what the ledger supported.
 * Each lapse is judged with the ledger as it stood at that expiry, so the result does not depend
 * on how often the level was read in between.
 */
export function resolveHeldLevel(
  held: HeldLevel,
  events: readonly GrowthEvent[],
  now: Instant,
  levels: readonly Level[] = LEVELS,
): HeldLevel {
  const supportedAt = (at: Instant) => supportedLevel(totalsInWindow(events, windowAt(at)), held.invitedTo, levels)
  const supported = supportedAt(now)
  let rank = rankOf(held.levelCode, levels)
  let expiresAt = held.expiresAt

  if (supported.rank > rank) {
    return { ...held, levelCode: supported.code, expiresAt: termEnd(now) }
  }
  while (expiresAt !== null && now > expiresAt) {
    const floor = supportedAt(expiresAt).rank
    if (floor < rank) rank -= 1
    // The next term runs 365 days on from the previous expiry, to the end of that Shanghai day.
    expiresAt = rank === 1 ? null : termEnd(expiresAt)
  }
  if (supported.rank > rank) {
    // The ledger dipped at an expiry and has recovered since: that is an upgrade now.
    return { ...held, levelCode: supported.code, expiresAt: termEnd(now) }
  }
  const code = (levelByRank(rank, levels) as Level).code
  return { ...held, levelCode: code, expiresAt }
}

export interface GrowthSummary {
  levelCode: LevelCode
  nextLevelCode: LevelCode | null
  window: { from: string; to: string }
  totals: Totals
  progress: DimensionProgress[]
  eligibleForNext: boolean
  awaitingInvite: boolean
  levelExpiresAt: string | null
  retention: { atRisk: boolean; needed: DimensionProgress[] }
}

/** The `/me/growth` body: where the member stands, what the next step asks, what keeps this one. */
export function summarizeGrowth(
  held: HeldLevel,
  events: readonly GrowthEvent[],
  now: Instant,
  windowDays = DEFAULT_WINDOW_DAYS,
  levels: readonly Level[] = LEVELS,
): GrowthSummary {
  const window = windowAt(now, windowDays)
  const totals = totalsInWindow(events, window)
  const current = levelByCode(held.levelCode, levels)
  const next = nextLevel(held.levelCode, levels)
  const eligibleForNext = next ? meetsCriteria(totals, next.criteria) : false
  const retention = retentionAt(held, events, windowDays, levels)
  const expiringSoon = held.expiresAt !== null && held.expiresAt - now <= RETENTION_WARNING_DAYS * DAY_MS
  return {
    levelCode: current.code,
    nextLevelCode: next ? next.code : null,
    window: { from: toIso(window.from), to: toIso(window.to) },
    totals,
    progress: next ? progressToward(totals, next.criteria) : [],
    eligibleForNext,
    awaitingInvite: Boolean(next && next.requiresInvite && eligibleForNext && !held.invitedTo.includes(next.code)),
    levelExpiresAt: held.expiresAt === null ? null : toIso(held.expiresAt),
    retention: { atRisk: expiringSoon && !retention.keeps, needed: retention.needed },
  }
}

/**
 * What keeps the held level, judged exactly as `resolveHeldLevel` will judge it at the expiry:
 * on the window as it will stand then (events that will have left it do not count) and along
 * the ladder (every level below must be supported too). When it is not kept, `needed` is the
 * progress toward the lowest level on the ladder the ledger will not support at expiry, so the
 * member is never told a renewal is coming that the ledger would not give.
 */
function retentionAt(
  held: HeldLevel,
  events: readonly GrowthEvent[],
  windowDays: number,
  levels: readonly Level[],
): { keeps: boolean; needed: DimensionProgress[] } {
  if (held.expiresAt === null) return { keeps: true, needed: [] }
  const totals = totalsInWindow(events, windowAt(held.expiresAt, windowDays))
  const rank = rankOf(held.levelCode, levels)
  const supported = supportedLevel(totals, held.invitedTo, levels)
  if (supported.rank >= rank) return { keeps: true, needed: [] }
  const firstUnmet = levels.find((l) => l.rank > supported.rank && l.rank <= rank && !meetsCriteria(totals, l.criteria))
  return { keeps: false, needed: progressToward(totals, (firstUnmet ?? levelByRank(rank, levels))?.criteria ?? null) }
}
