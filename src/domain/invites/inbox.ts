import { parseInstant, type Instant } from '../time'
import { effectiveInviteStatus } from './deadline'
import type { Invite } from './types'

/** 0: waiting for an answer; 1: answered; 2: closed without an answer. */
function group(invite: Invite, now: Instant): 0 | 1 | 2 {
  const status = effectiveInviteStatus(invite, now)
  if (status === 'pending') return 0
  return status === 'expired' ? 2 : 1
}

/**
 * Inbox order: what still needs an answer first, soonest deadline on top; then answered invites,
 * also by deadline; then expired ones, most recently closed first, since older ones matter less.
 * Stable, and the input is not reordered.
 */
export function sortInvitesForInbox(invites: readonly Invite[], now: Instant): Invite[] {
  return [...invites].sort((a, b) => {
    const ga = group(a, now)
    const gb = group(b, now)
    if (ga !== gb) return ga - gb
    const byDeadline = parseInstant(a.respondBy) - parseInstant(b.respondBy) || 0 // NaN-safe
    return ga === 2 ? -byDeadline : byDeadline
  })
}

/** The badge count: invites still waiting for an answer. */
export function pendingCount(invites: readonly Invite[], now: Instant): number {
  return invites.filter((i) => effectiveInviteStatus(i, now) === 'pending').length
}
