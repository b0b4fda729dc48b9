import { createIntReader, type RandomBytes } from '../random'

/**
 * Redemption codes: 16 digits, the last a Luhn check digit. A clerk who mistypes one digit or
 * swaps two neighbours (except 09 ↔ 90, Luhn's one blind spot) is told at the till, before
 * the request reaches the server. Always handle codes as strings: 16 digits exceed
 * Number.MAX_SAFE_INTEGER, so `Number(code)` silently changes them.
 */
export const REDEMPTION_CODE_LENGTH = 16

/** How many fresh candidates to try before giving up: a collision is already ~1 in 10^14. */
const MAX_ATTEMPTS = 20

/**
 * A new code not yet `taken`. A code stands for money at the till, so its digits come from a
 * cryptographic byte source the caller injects (Web Crypto, node:crypto, wx.getRandomValues), never
 * `Math.random`. The first digit is 1–9 so a till that stores the code as a number keeps its length.
 */
export function generateRedemptionCode(randomBytes: RandomBytes, taken: (code: string) => boolean): string {
  const below = createIntReader(randomBytes)
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let body = String(1 + below(9))
    while (body.length < REDEMPTION_CODE_LENGTH - 1) body += String(below(10))
    const code = body + luhnCheckDigit(body)
    if (!taken(code)) return code
  }
  throw new Error(`no free redemption code after ${MAX_ATTEMPTS} attempts`)
}

/** Exactly 16 digits whose Luhn checksum holds. */
export function isWellFormedCode(code: string): boolean {
  return typeof code === 'string' && /^\d{16}$/.test(code) && luhnSum(code) % 10 === 0
}

/** What a clerk types or pastes, reduced to digits: spaces, hyphens and full-width digits are tolerated. */
export function normalizeTypedCode(input: string): string {
  return input
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\s-]/g, '')
}

/** '1234567890123456' → '1234 5678 9012 3456', groups of four from the left, for reading aloud. */
export function groupDigitsForReading(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ')
}

/** The digit that makes `body + digit` pass the Luhn check. */
export function luhnCheckDigit(body: string): string {
  return String((10 - (luhnSum(body + '0') % 10)) % 10)
}

/** Luhn: from the right, double every second digit, subtracting 9 when it exceeds 9. */
function luhnSum(digits: string): number {
  let sum = 0
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum
}
