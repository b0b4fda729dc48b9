import { groupDigitsForReading, normalizeTypedCode } from '@/domain/coupons'
import { isMemberCode } from '@/domain/earning'
import { isContractCode } from '../code-format'

/** What a typed or scanned code is by its shape alone, before the server is asked. */
export type CodeKind = 'member' | 'coupon' | null

export function codeKind(code: string): CodeKind {
  if (isMemberCode(code)) return 'member'
  return isContractCode(code) ? 'coupon' : null
}

/**
 * What the clerk typed, as the member's screen shows it: digits in groups of four. Anything a
 * scanner or a paste adds (spaces, dashes, full-width digits) is dropped first; a scanner of
 * a QR that holds a URL or other text is left for the server to refuse.
 */
export function groupedForTyping(input: string): string {
  return groupDigitsForReading(normalizeTypedCode(input))
}
