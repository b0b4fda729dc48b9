import { parseInstant, toIso, type Instant } from '../../src/domain'

/**
 * The backend's notion of "now": real time plus an offset, so a tester who moves the clock
 * still sees time pass (a code that expires in 60 s does expire).
 */
export interface MockClock {
  now(): Instant
  /** Moves the clock so that it reads `instant` now; null returns to real time. */
  setNow(instant: Instant | null): void
  offsetMs(): number
  setOffsetMs(offset: number): void
  describe(): ClockState
}

export interface ClockState {
  now: string
  offsetMs: number
  realTime: boolean
}

export function createClock(realNow: () => Instant = Date.now, initialOffsetMs = 0): MockClock {
  let offset = initialOffsetMs
  const clock: MockClock = {
    now: () => realNow() + offset,
    setNow(instant) {
      offset = instant === null ? 0 : instant - realNow()
    },
    offsetMs: () => offset,
    setOffsetMs(next) {
      offset = next
    },
    describe: () => ({ now: toIso(clock.now()), offsetMs: offset, realTime: offset === 0 }),
  }
  return clock
}

/** Accepts only the contract's ISO instant with an offset; anything else is a client error. */
export function parseClockInstant(value: unknown): Instant | null {
  if (typeof value !== 'string') return null
  const instant = parseInstant(value)
  return Number.isFinite(instant) ? instant : null
}
