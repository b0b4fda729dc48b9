export const SHARE_TARGET_KINDS = ['home', 'invite', 'coupon-template', 'right', 'programme'] as const
export type ShareTargetKind = (typeof SHARE_TARGET_KINDS)[number]
export const SHARE_CHANNELS = ['chat', 'timeline', 'poster', 'link'] as const
export type ShareChannel = (typeof SHARE_CHANNELS)[number]
/** A sharer earns at most this many share events a Shanghai day (DOMAIN "Earning…"). */
export const MAX_CREDITED_SHARES_PER_DAY = 5

export interface ShareVisit {
  /** This share already credited its sharer (a share counts once). */
  shareCredited: boolean
  /** The visitor opened this share before. */
  openedBefore: boolean
  visitorIsSharer: boolean
  /** This person already credited this sharer, through any share: shares count people, not links. */
  personCreditedSharer: boolean
  /** Visits already credited to this sharer on this Shanghai day. */
  creditedToday: number
}

/**
 * Whether opening a share credits its sharer with one `share` event (contract part 3, "Trust";
 * DOMAIN "Earning"): the first time someone other than the sharer opens it, provided that person
 * never credited this sharer before, and at most five a sharer per Shanghai day. A person refused
 * by the day's cap has credited nothing, so a later share of the same sharer may still count them.
 */
export function creditsShareVisit(visit: ShareVisit): boolean {
  if (visit.shareCredited || visit.openedBefore || visit.visitorIsSharer) return false
  if (visit.personCreditedSharer) return false
  return visit.creditedToday < MAX_CREDITED_SHARES_PER_DAY
}
