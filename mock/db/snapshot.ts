import { dict } from './dict'
import type { MemberState } from './member-state'
import { createSharedState, type SharedState } from './shared-state'

/** Bump when the shape changes: an old snapshot is then dropped, not half-read. */
export const SNAPSHOT_VERSION = 1

export interface BackendSnapshot {
  version: number
  clockOffsetMs: number
  members: Record<string, MemberState>
  shared: SharedState
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function looksLikeMember(value: unknown): value is MemberState {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    isRecord(value.profile) &&
    isRecord(value.held) &&
    Array.isArray(value.ledger) &&
    typeof value.nextEventSeq === 'number'
  )
}

/** A deep copy of a valid snapshot, or null for anything corrupt, foreign or from an old version. */
export function readSnapshot(value: unknown): BackendSnapshot | null {
  if (!isRecord(value) || value.version !== SNAPSHOT_VERSION) return null
  if (typeof value.clockOffsetMs !== 'number' || !Number.isFinite(value.clockOffsetMs)) return null
  if (!isRecord(value.members) || !Object.values(value.members).every(looksLikeMember)) return null
  const copy = JSON.parse(JSON.stringify(value)) as BackendSnapshot
  const shared = { ...createSharedState(), ...(isRecord(value.shared) ? copy.shared : {}) }
  copy.shared = {
    couponTemplateStock: dict(shared.couponTemplateStock),
    inviteActivities: dict(shared.inviteActivities),
    rightStock: dict(shared.rightStock),
    extra: dict(shared.extra),
  }
  return copy
}
