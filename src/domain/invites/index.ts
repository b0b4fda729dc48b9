export type { Activity, Invite, InviteKind, InviteStatus, Slot, StaffRef } from './types'
export { seatsLeft, waitlistPosition, syncInviteWithActivity } from './seats'
export { isPastDeadline, effectiveInviteStatus, daysLeft } from './deadline'
export { sortInvitesForInbox, pendingCount } from './inbox'
export {
  respondToInvite,
  inviteRefusalMessage,
  type InviteRefusalCode,
  type RespondInput,
  type RespondResult,
} from './respond'
