import { LEVELS, type LevelCode } from '@/domain/levels'
import type { Growth, LevelDto, Member } from '@/services/schemas/growth'
import type { MembershipSnapshot } from './membership-store'

export interface MembershipView {
  member: Member | null
  growth: Growth | null
  /** The backend's levels, else the published path built into the app (marked by levelsBuiltIn). */
  levels: LevelDto[]
  levelsBuiltIn: boolean
  level: LevelDto | undefined
  next: LevelDto | undefined
}

/**
 * What a membership screen can honestly show from the parts it has: the level comes from the
 * growth answer or, failing that, the member's; its name from /levels or the built-in path.
 */
export function membershipView(snapshot: MembershipSnapshot): MembershipView {
  const levels = snapshot.levels ?? (LEVELS as LevelDto[])
  const code: LevelCode | undefined = snapshot.growth?.levelCode ?? snapshot.member?.levelCode
  const nextCode = snapshot.growth?.nextLevelCode
  return {
    member: snapshot.member,
    growth: snapshot.growth,
    levels,
    levelsBuiltIn: !snapshot.levels,
    level: code ? levels.find((l) => l.code === code) : undefined,
    next: nextCode ? levels.find((l) => l.code === nextCode) : undefined,
  }
}
