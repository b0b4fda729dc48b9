import { code128ToSvg, qrToSvg } from './svg'
import { base64, toDataUri, utf8Bytes } from './data-uri'
import { drawCode128, drawQr, type Fillable2D } from './canvas'
import { withQuietZone, type QrMatrix } from './matrix'

// These tests need no encoder library: they draw small hand-made matrices and bars.
const diagonal: QrMatrix = { size: 2, isDark: (r, c) => r === c }

describe('withQuietZone', () => {
  it('adds light modules on every side and keeps the inside', () => {
    const m = withQuietZone(diagonal, 4)
    expect(m.size).toBe(10)
    expect(m.isDark(4, 4)).toBe(true)
    expect(m.isDark(5, 5)).toBe(true)
    expect(m.isDark(4, 5)).toBe(false)
    expect(m.isDark(0, 0)).toBe(false)
    expect(m.isDark(-1, 4)).toBe(false)
  })
})

describe('qrToSvg', () => {
  it('draws the dark modules offset by the quiet zone, scaled to px', () => {
    const svg = qrToSvg(diagonal, 200, 1)
    expect(svg).toContain('width="200" height="200" viewBox="0 0 4 4"')
    expect(svg).toContain('d="M1 1h1v1h-1zM2 2h1v1h-1z"')
  })

  it('merges horizontal runs into one segment', () => {
    const full: QrMatrix = { size: 3, isDark: () => true }
    expect(qrToSvg(full, 30, 0)).toContain('d="M0 0h3v1h-3zM0 1h3v1h-3zM0 2h3v1h-3z"')
  })
})

describe('code128ToSvg', () => {
  it('is as wide as bars plus quiet zones times module width', () => {
    const svg = code128ToSvg([true, true, false, true], 80, 2, 10)
    expect(svg).toContain('width="48" height="80" viewBox="0 0 24 80"')
    expect(svg).toContain('d="M10 0h2v80h-2zM13 0h1v80h-1z"')
  })
})

describe('toDataUri', () => {
  it('matches a reference base64 for ASCII, Chinese and astral characters', () => {
    for (const s of ['<svg/>', 'a', 'ab', 'abc', '会员圈层 ¥30', 'emoji 🎫', '']) {
      expect(base64(utf8Bytes(s))).toBe(Buffer.from(s, 'utf8').toString('base64'))
    }
    expect(toDataUri('<svg/>')).toBe(`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`)
  })

  it('replaces a lone surrogate instead of emitting invalid UTF-8', () => {
    expect(utf8Bytes('\ud800x')).toEqual([0xef, 0xbf, 0xbd, 0x78])
  })
})

/** Records fills into a pixel grid, like a canvas would, so drawings can be inspected. */
function pixelContext(w: number, h: number): Fillable2D & { dark(x: number, y: number): boolean } {
  const px = new Uint8Array(w * h)
  const ctx = {
    fillStyle: '' as unknown,
    fillRect(x: number, y: number, rw: number, rh: number) {
      const v = ctx.fillStyle === '#000' ? 1 : 0
      for (let j = y; j < y + rh; j++) for (let i = x; i < x + rw; i++) px[j * w + i] = v
    },
    dark: (x: number, y: number) => px[y * w + x] === 1,
  }
  return ctx
}

describe('drawing on a 2D context', () => {
  it('draws the QR with quiet zone at whole-pixel modules', () => {
    const ctx = pixelContext(40, 40)
    expect(drawQr(ctx, diagonal, { modulePx: 4, quietZone: 4, x: 0, y: 0 })).toBe(40)
    expect(ctx.dark(16, 16)).toBe(true) // module (0,0) starts at 4 × 4 px
    expect(ctx.dark(23, 23)).toBe(true) // module (1,1)
    expect(ctx.dark(20, 16)).toBe(false)
    expect(ctx.dark(15, 15)).toBe(false)
  })

  it('draws bars between quiet zones', () => {
    const ctx = pixelContext(30, 5)
    expect(drawCode128(ctx, [true, false, true], 5, { modulePx: 2, quietZone: 2 })).toBe(14)
    expect([0, 2, 4, 5, 6, 8, 10].map((x) => ctx.dark(x, 0))).toEqual([false, false, true, true, false, true, false])
  })
})
