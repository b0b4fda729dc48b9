import { createIntReader, type RandomBytes } from '../random'

/** 会员码: 18 digits starting 88, so a clerk's scanner never mistakes it for a 16-digit coupon code. */
export const MEMBER_CODE_PREFIX = '88'
export const MEMBER_CODE_LENGTH = 18
/** A member code lives at most 120 s (contract); the app refreshes it well before. */
export const MEMBER_CODE_TTL_MS = 120 * 1000
export const MEMBER_CODE_REFRESH_AFTER_MS = 90 * 1000

const MAX_ATTEMPTS = 32

export function isMemberCode(value: string): boolean {
  return /^88\d{16}$/.test(value)
}

/** A fresh member code from a cryptographic byte source, skipping codes `taken` says are live. */
export function generateMemberCode(bytes: RandomBytes, taken: (code: string) => boolean): string {
  const digit = createIntReader(bytes)
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let code = MEMBER_CODE_PREFIX
    while (code.length < MEMBER_CODE_LENGTH) code += String(digit(10))
    if (!taken(code)) return code
  }
  throw new Error('no free member code after many attempts')
}
