export type { Coupon, CouponKind, CouponStatus, CouponTemplate, CouponValidity, RedemptionCode } from './types'
export { validityFor, couponStatusAt, hasStarted, sortBySoonestExpiry, expiryBadge, describeExpiryBadge, EXPIRY_BADGE_DAYS } from './validity'
export type { ExpiryBadge } from './validity'
export { claimability, isInClaimWindow, issueRefusal } from './claim'
export type { ClaimBlockReason, Claimability, ClaimContext, IssueRefusal } from './claim'
export { describeCouponValue, formatFenShort } from './describe-value'
export type { CouponValue } from './describe-value'
export { generateRedemptionCode, isWellFormedCode, normalizeTypedCode, groupDigitsForReading, luhnCheckDigit, REDEMPTION_CODE_LENGTH } from './redemption-code'
export {
  CODE_TTL_MS,
  CODE_REFRESH_LEAD_MS,
  CODE_REFRESH_AFTER_MS,
  MIN_REFRESH_DELAY_MS,
  codeState,
  nextRefreshDelay,
  redeemability,
  isRedeemableAt,
  pollDelay,
  POLL_FIRST_MS,
  POLL_MAX_MS,
} from './code-lifetime'
export type { Redeemability } from './code-lifetime'
