/**
 * What the contract allows a redemption code to be: 12 to 20 digits. This backend happens to
 * issue 16-digit Luhn codes, but another may not, so the till refuses only what can never be a
 * code and lets the server judge the rest.
 */
export const CODE_MIN_DIGITS = 12
export const CODE_MAX_DIGITS = 20

export function isContractCode(code: string): boolean {
  return /^\d{12,20}$/.test(code)
}
