/**
 * What the request log keeps of a request, with the secrets a tester's screen or a pasted curl
 * must not carry: phone numbers (kept as the app masks them, 138****1234), SMS and redemption
 * codes, PINs and tokens. Mock builds only (the log is).
 */

/** Body fields whose whole value is a secret: sign-in codes and tokens, PINs, scanned codes. */
const SECRET_FIELDS = new Set(['token', 'smscode', 'code', 'membercode', 'phonecode', 'pin', 'password'])
const PHONE_FIELDS = new Set(['phone', 'mobile'])
/**
 * A mainland mobile number on its own (not inside a longer run of digits, like a code). No
 * lookbehind: older iOS JavaScriptCore (weapp) cannot parse one, and the module would not load.
 */
const PHONE_IN_TEXT = /(^|\D)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g
/** Member (`mt.…`) and staff (`st_…`) tokens, and any Bearer credential, wherever they appear. */
const TOKEN_IN_TEXT = /\b(mt\.|st_)[0-9a-z]{8,}|(Bearer\s+)\S+/gi

export const MASK = '***'

/** `138****1234` for a phone; anything else the text says is left as it is. */
export function maskText(text: string): string {
  return text.replace(PHONE_IN_TEXT, '$1$2****$4').replace(TOKEN_IN_TEXT, (_, prefix: string | undefined, bearer: string | undefined) => `${bearer ?? prefix ?? ''}${MASK}`)
}

/** An error's `code` (`CODE_EXPIRED`) says what went wrong and is no secret. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]*$/

/**
 * A secret: all of it hidden, but the last 4 digits of a long code (redemption, member code), so a
 * tester can still tell two codes apart.
 */
function maskSecret(value: string): string {
  return /^\d{12,}$/.test(value) ? `${MASK}${value.slice(-4)}` : MASK
}

/** A copy of a JSON value with secrets masked, however deep. */
export function maskValue(value: unknown, field = ''): unknown {
  const name = field.toLowerCase()
  if (typeof value === 'string') {
    if (SECRET_FIELDS.has(name) && !(name === 'code' && ERROR_CODE.test(value))) return maskSecret(value)
    return PHONE_FIELDS.has(name) ? value.replace(/^(\d{3})\d*(\d{4})$/, '$1****$2') : maskText(value)
  }
  if (typeof value === 'number' && SECRET_FIELDS.has(name)) return MASK
  if (Array.isArray(value)) return value.map((item) => maskValue(item))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(v, k)]))
  }
  return value
}

/** Request headers as logged: the credential itself never (the curl copy speaks X-Persona instead). */
export function maskHeaders(header: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(header).map(([name, value]) => [name, name.toLowerCase() === 'authorization' ? value.replace(/^(\S+\s+)?.*$/, `$1${MASK}`) : maskText(value)]),
  )
}
