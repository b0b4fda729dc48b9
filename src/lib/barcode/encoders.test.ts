import jsQR from 'jsqr'
import { generateRedemptionCode } from '@/domain/coupons'
import type { RandomBytes } from '@/domain/random'
import { decodeCode128 } from './code128-reference-decoder'
import { withQuietZone, type QrMatrix } from './matrix'

/**
 * These need the encoder libraries: `npm install uqr@0.1.3 jsbarcode@3.12.3`. Until then they
 * are skipped (visibly) rather than failing everyone's test run.
 */
function installed(): boolean {
  try {
    require.resolve('uqr')
    require.resolve('jsbarcode/bin/barcodes/CODE128/CODE128.js')
    return true
  } catch {
    return false
  }
}
const describeWithLibs = installed() ? describe : describe.skip
// Loaded lazily so that a missing library skips these tests instead of failing the file.
const load = () => ({
  ...jest.requireActual<typeof import('./qr')>('./qr'),
  ...jest.requireActual<typeof import('./code128')>('./code128'),
  ...jest.requireActual<typeof import('./canvas')>('./canvas'),
})

const codes = ((r: RandomBytes) => Array.from({ length: 30 }, () => generateRedemptionCode(r, () => false)))(lcg(9))

describeWithLibs('encodeCode128 (needs jsbarcode)', () => {
  it('round-trips 16-digit redemption codes through an independent decoder', () => {
    const { encodeCode128 } = load()
    for (const code of codes) expect(decodeCode128(encodeCode128(code))).toBe(code)
  })

  it('is compact: start + 8 digit pairs + checksum + stop = 123 modules', () => {
    expect(load().encodeCode128('4539578763621486')).toHaveLength(11 + 8 * 11 + 11 + 13)
  })

  it('handles odd lengths and leading zeros the contract allows (12–20 digits)', () => {
    const { encodeCode128 } = load()
    for (const s of ['0000000000001', '123456789012', '98765432109876543210', '0123456789012345678']) {
      expect(decodeCode128(encodeCode128(s))).toBe(s)
    }
  })

  it('is caught by the decoder when a single module is flipped', () => {
    const bars = load().encodeCode128('4539578763621486')
    for (const i of [0, 20, 60, 115]) {
      const broken = bars.map((b, k) => (k === i ? !b : b))
      expect(() => decodeCode128(broken)).toThrow()
    }
  })

  it('rejects anything but digits', () => {
    expect(() => load().encodeCode128('12a4')).toThrow(RangeError)
    expect(() => load().encodeCode128('')).toThrow(RangeError)
  })
})

describeWithLibs('encodeQr (needs uqr)', () => {
  it('fits a 16-digit code in version 1, 21 × 21 modules', () => {
    const qr = load().encodeQr('4539578763621486')
    expect(qr.version).toBe(1)
    expect(qr.size).toBe(21)
  })

  it('has size 17 + 4 × version for longer texts too', () => {
    const qr = load().encodeQr('https://example.com/member-circle/coupons/'.repeat(3))
    expect(qr.version).toBeGreaterThan(1)
    expect(qr.size).toBe(17 + 4 * qr.version)
  })

  it('has finder patterns at three corners and not at the fourth', () => {
    const qr = load().encodeQr('4539578763621486')
    const end = qr.size - 7
    expect(hasFinderAt(qr, 0, 0)).toBe(true)
    expect(hasFinderAt(qr, 0, end)).toBe(true)
    expect(hasFinderAt(qr, end, 0)).toBe(true)
    expect(hasFinderAt(qr, end, end)).toBe(false)
  })

  it('scans back to the code with jsQR, drawn through the 2D-context path', () => {
    const { encodeQr, drawQr } = load()
    for (const code of codes.slice(0, 5)) {
      const side = withQuietZone(encodeQr(code)).size * 4
      const rgba = new Uint8ClampedArray(side * side * 4)
      const ctx = {
        fillStyle: '' as unknown,
        fillRect(x: number, y: number, w: number, h: number) {
          const v = ctx.fillStyle === '#000' ? 0 : 255
          for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) rgba.set([v, v, v, 255], (j * side + i) * 4)
        },
      }
      drawQr(ctx, encodeQr(code), { modulePx: 4 })
      expect(jsQR(rgba, side, side)?.data).toBe(code)
    }
  })
})

/** The 7 × 7 finder: dark ring, light ring, dark 3 × 3 centre. */
function hasFinderAt(m: QrMatrix, top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3))
      if (m.isDark(top + r, left + c) !== (ring !== 2)) return false
    }
  }
  return true
}

/** Deterministic bytes (the high byte of an LCG) so failures reproduce. */
function lcg(seed: number): RandomBytes {
  let s = seed >>> 0
  return (length) => Uint8Array.from({ length }, () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) >>> 24)
}
