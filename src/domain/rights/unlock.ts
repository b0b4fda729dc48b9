import { LEVELS, rankOf, type Level, type LevelCode } from '../levels'
import type { Right } from './catalogue'

/** A right belongs to the lowest level that unlocks it and to every level above. */
export function isUnlocked(right: Right, levelCode: LevelCode): boolean {
  return rankOf(right.minLevelCode) <= rankOf(levelCode)
}

/**
 * What the member has comes first; what they can climb to follows, nearest level first, so the
 * locked part reads as the next step. Within a group the catalogue order is kept (sort is stable).
 */
export function sortRightsForDisplay(rights: readonly Right[], levelCode: LevelCode): Right[] {
  const key = (r: Right) => (isUnlocked(r, levelCode) ? 0 : 1)
  return [...rights].sort((a, b) => key(a) - key(b) || rankOf(a.minLevelCode) - rankOf(b.minLevelCode))
}

export interface RightsOfLevel {
  level: Level
  /** Rights this level is the first to unlock, in catalogue order. */
  rights: Right[]
}

/** One group per level in rank order, empty groups included so every level shows its step. */
export function groupRightsByLevel(rights: readonly Right[], levels: readonly Level[] = LEVELS): RightsOfLevel[] {
  return [...levels]
    .sort((a, b) => a.rank - b.rank)
    .map((level) => ({ level, rights: rights.filter((r) => r.minLevelCode === level.code) }))
}
