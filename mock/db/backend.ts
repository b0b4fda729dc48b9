import { resolveHeldLevel, type Instant, type RandomBytes } from '../../src/domain'
import { seedMember } from '../personas'
import { createClock, type MockClock } from './clock'
import { parseMemberKey, type MemberKey } from './member-key'
import type { MemberState } from './member-state'
import { secureRandomBytes } from './random-source'
import { createSharedState, type SharedState } from './shared-state'
import { readSnapshot, SNAPSHOT_VERSION, type BackendSnapshot } from './snapshot'

export interface BackendOptions {
  /** The real-time source; tests pass a fixed one. */
  realNow?: () => Instant
  /** Start from a saved snapshot (the weapp build keeps one in storage). */
  snapshot?: unknown
  /** Where codes get their randomness; a cryptographic source unless a test injects another. */
  randomBytes?: RandomBytes
}

export interface Backend {
  clock: MockClock
  now(): Instant
  randomBytes: RandomBytes
  /** The member behind a key, seeded on first use at the current clock. */
  member(key: MemberKey): MemberState
  /** Applies expiry and upgrades at the current clock and stores the result. */
  refreshHeld(member: MemberState): MemberState
  resetMember(key: string | MemberKey): void
  /** Replaces (or adds) one member wholesale: a 复现码 being imported. */
  putMember(member: MemberState): void
  /** Forgets every member and shared state and returns the clock to real time. */
  resetAll(): void
  shared: SharedState
  knownMemberKeys(): string[]
  /** Per-member request counters for the `flaky` scenario; runtime only, never persisted. */
  scenarioCounters: Map<string, number>
  serialize(): BackendSnapshot
  /** Replaces all state with a snapshot; false (and nothing changed) when it is not one. */
  restore(snapshot: unknown): boolean
}

export function createBackend(options: BackendOptions = {}): Backend {
  const clock = createClock(options.realNow)
  let members: Record<string, MemberState> = {}

  const toKey = (key: string | MemberKey): MemberKey => {
    const parsed = typeof key === 'string' ? parseMemberKey(key) : key
    if (!parsed) throw new Error(`未知的会员标识：${String(key)}`)
    return parsed
  }

  // Seeds date a persona from real time, not the moved clock: moving the clock moves time, not the
  // member. Otherwise a persona first asked for (or re-seeded after a reload) after +8 days would keep
  // its expiry 15 days ahead, and its reminder and downgrade could never be reached. A clock moved
  // back seeds from the clock, so no seeded history lies in the backend's future.
  const seedTime = () => Math.min(clock.now(), clock.now() - clock.offsetMs())

  const backend: Backend = {
    clock,
    now: () => clock.now(),
    randomBytes: options.randomBytes ?? secureRandomBytes,
    shared: createSharedState(),
    scenarioCounters: new Map(),
    member(key) {
      members[key.key] ??= seedMember(key, seedTime())
      return members[key.key]
    },
    refreshHeld(member) {
      const before = member.held.levelCode
      member.held = resolveHeldLevel(member.held, member.ledger, clock.now())
      // The journey's level-ups and -downs, and what makes a level gift "once per entry".
      if (member.held.levelCode !== before) {
        member.levelHistory = [...(member.levelHistory ?? []), { at: new Date(clock.now()).toISOString(), from: before, to: member.held.levelCode }]
      }
      return member
    },
    resetMember(key) {
      const parsed = toKey(key)
      members[parsed.key] = seedMember(parsed, seedTime())
      backend.scenarioCounters.delete(parsed.key)
    },
    putMember(member) {
      members[member.key] = JSON.parse(JSON.stringify(member)) as MemberState
    },
    resetAll() {
      members = {}
      backend.shared = createSharedState()
      backend.scenarioCounters.clear()
      clock.setNow(null)
    },
    knownMemberKeys: () => Object.keys(members),
    serialize: () =>
      JSON.parse(
        JSON.stringify({ version: SNAPSHOT_VERSION, clockOffsetMs: clock.offsetMs(), members, shared: backend.shared }),
      ) as BackendSnapshot,
    restore(snapshot) {
      const read = readSnapshot(snapshot)
      if (!read) return false
      members = read.members
      backend.shared = read.shared
      clock.setOffsetMs(read.clockOffsetMs)
      return true
    },
  }
  if (options.snapshot !== undefined) backend.restore(options.snapshot)
  return backend
}
