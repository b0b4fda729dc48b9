export { RIGHTS, rightById, type Right, type RightKind, type Quota, type QuotaPeriod } from './catalogue'
export { isUnlocked, sortRightsForDisplay, groupRightsByLevel, type RightsOfLevel } from './unlock'
export { periodKey, quotaUsed, quotaLeft, describeQuota, type RightClaim } from './quota'
export {
  checkRightClaim,
  refusalMessage,
  type RightClaimCheck,
  type RightClaimInput,
  type RightRefusalCode,
} from './claim'
export { SEAT_INVITE_KIND, unlockingInvite, type HeldInvite } from './invite-unlock'
