import { isLevelCode, type LevelCode } from '@/domain/levels'
import { getPersona } from '@/services/mock-session'
import { readStored, writeStored } from '@/services/storage'

const VERSION = 1
const keyFor = () => `level-seen:${getPersona() ?? 'default'}`

/** The level the member last saw, per persona, so a change between visits is told once. */
export function readSeenLevel(): LevelCode | null {
  return readStored(keyFor(), VERSION, isLevelCode)
}

export function writeSeenLevel(code: LevelCode): void {
  writeStored(keyFor(), VERSION, code)
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
