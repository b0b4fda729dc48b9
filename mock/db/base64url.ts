/**
 * UTF-8 text ⇄ base64url by hand: the weapp runtime has neither btoa nor TextEncoder, and the
 * codes must read the same on every adapter (H5, weapp, node).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

export function utf8Bytes(text: string): number[] {
  const bytes: number[] = []
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    if (cp < 0x80) bytes.push(cp)
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return bytes
}

export function utf8Text(bytes: ArrayLike<number>): string {
  let text = ''
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]
    const extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0
    let cp = extra === 0 ? b : b & (0x3f >> extra)
    for (let k = 1; k <= extra; k += 1) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) throw new Error('invalid utf-8')
      cp = (cp << 6) | (next & 63)
    }
    text += String.fromCodePoint(cp)
    i += extra + 1
  }
  return text
}

export function encodeBase64Url(text: string): string {
  return bytesToBase64Url(utf8Bytes(text))
}

export function bytesToBase64Url(bytes: ArrayLike<number>): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let k = 0; k < chars; k += 1) out += ALPHABET[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

/** Throws on a character outside base64url or bytes that are not UTF-8. */
export function decodeBase64Url(code: string): string {
  return utf8Text(base64UrlToBytes(code))
}

/** Throws on a character outside base64url. */
export function base64UrlToBytes(code: string): number[] {
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of code) {
    const value = ALPHABET.indexOf(char)
    if (value === -1) throw new Error('invalid base64url')
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return bytes
}

/** FNV-1a, 32 bits, as 8 hex digits: catches a character lost or changed in a copy. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
