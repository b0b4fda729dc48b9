import { parseInstant, type Instant } from '../time'
import type { InviteKind } from '../invites'

/**
 * Co-creation after an accepted invite: what the member is asked to give back, and when. Shared by
 * the fake backend (which decides) and the app (which counts characters and deadlines the same way).
 */
export type TaskKind = 'feedback' | 'survey' | 'content' | 'vote'
export type TaskStatus = 'upcoming' | 'open' | 'submitted' | 'adopted' | 'closed'

/** Free text limit; counted in characters as typed (a Chinese character or an emoji is one). */
export const TEXT_MAX_CHARS = 2000
export const RATING_MIN = 1
export const RATING_MAX = 5

/** Which task an accepted invite of this kind leads to; null for invites without one. */
export function taskKindForInvite(kind: InviteKind): TaskKind | null {
  switch (kind) {
    case 'beta_test':
      return 'feedback'
    case 'workshop':
    case 'vip_event':
      return 'survey'
    case 'content':
      return 'content'
    case 'governance':
      return 'vote'
    default:
      return null
  }
}

/** Characters as a person counts them: one per code point, so an emoji is not two. */
export function countChars(text: string): number {
  return Array.from(text).length
}

export interface TaskWindow {
  opensAt: string
  dueAt: string
}

/** What the member's own submission (if any) and the clock make of a task. */
export function taskStatus(
  window: TaskWindow,
  submission: { status: 'submitted' | 'adopted' } | null | undefined,
  now: Instant,
): TaskStatus {
  if (submission) return submission.status
  if (now < parseInstant(window.opensAt)) return 'upcoming'
  if (now > parseInstant(window.dueAt)) return 'closed'
  return 'open'
}
