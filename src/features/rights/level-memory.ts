import { isLevelCode, type LevelCode } from '@/domain/levels'
import { readMember, writeMember } from '@/services/member-storage'

const VERSION = 1
const NAME = 'level-seen'

/** The level the member last saw, per member, so a change between visits is told once. */
export function readSeenLevel(): LevelCode | null {
  return readMember(NAME, VERSION, isLevelCode)
}

export function writeSeenLevel(code: LevelCode): void {
  writeMember(NAME, VERSION, code)
}

export interface LevelChange {
  from: LevelCode
  to: LevelCode
}

/**
 * Compares fresh data with what was last seen and remembers the new level at once, so the
 * moment shows once even if the app is closed before it is dismissed. First visit: no moment.
 */
export function takeLevelChange(current: LevelCode): LevelChange | null {
  const seen = readSeenLevel()
  if (seen !== current) writeSeenLevel(current)
  return seen && seen !== current ? { from: seen, to: current } : null
}
