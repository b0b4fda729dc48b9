export { generateMemberCode, isMemberCode, MEMBER_CODE_LENGTH, MEMBER_CODE_PREFIX, MEMBER_CODE_REFRESH_AFTER_MS, MEMBER_CODE_TTL_MS } from './member-code'
export { checkInStreak, shanghaiDateOf, shanghaiMonthOf } from './check-ins'
export { creditsShareVisit, MAX_CREDITED_SHARES_PER_DAY, SHARE_CHANNELS, SHARE_TARGET_KINDS, type ShareChannel, type ShareTargetKind, type ShareVisit } from './shares'
export { CHECK_IN_TITLE, SHARE_VISIT_TITLE, INVITE_CHECK_IN_TITLE, REFUND_TITLE, purchaseTitle, voidTitle } from './titles'
