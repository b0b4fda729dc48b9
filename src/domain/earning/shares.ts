export const SHARE_TARGET_KINDS = ['home', 'invite', 'coupon-template', 'right', 'programme'] as const
export type ShareTargetKind = (typeof SHARE_TARGET_KINDS)[number]
export const SHARE_CHANNELS = ['chat', 'timeline', 'poster', 'link'] as const
export type ShareChannel = (typeof SHARE_CHANNELS)[number]
/** A sharer earns at most this many share events a Shanghai day (DOMAIN "Earning…"). */
export const MAX_CREDITED_SHARES_PER_DAY = 5
