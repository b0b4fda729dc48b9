import { encode } from 'uqr'
import type { QrMatrix } from './matrix'

/**
 * QR for `text` at error correction level M (15 % damage tolerated: a cracked or smudged
 * screen still scans, and the code stays small). A digits-only text uses numeric mode, so a
 * 16-digit redemption code fits version 1 (21 × 21). No quiet zone: see `withQuietZone`.
 */
export function encodeQr(text: string): QrMatrix & { version: number } {
  const qr = encode(text, { ecc: 'M', border: 0 })
  const rows = qr.data
  return { size: qr.size, version: qr.version, isDark: (row, col) => rows[row]?.[col] === true }
}
