import { CODE128_QUIET_ZONE } from './code128-geometry'
import { QR_QUIET_ZONE, withQuietZone, type QrMatrix } from './matrix'

/**
 * The two members of a 2D context we use, so the same code draws on a weapp Canvas 2D node's
 * context (`canvas.getContext('2d')` from `Taro.createSelectorQuery`) and on an H5 canvas.
 * `fillStyle` is `unknown` so both runtimes' richer types fit.
 */
export interface Fillable2D {
  fillStyle: unknown
  fillRect(x: number, y: number, w: number, h: number): void
}

export interface DrawOptions {
  x?: number
  y?: number
  /** Whole pixels per module keep edges sharp; the caller picks it from the space it has. */
  modulePx: number
  quietZone?: number
  dark?: string
  light?: string
}

/** Draws the QR with its quiet zone; returns the side length drawn, in px. */
export function drawQr(ctx: Fillable2D, matrix: QrMatrix, o: DrawOptions): number {
  const { x = 0, y = 0, modulePx: u, dark = '#000', light = '#fff' } = o
  const m = withQuietZone(matrix, o.quietZone ?? QR_QUIET_ZONE)
  ctx.fillStyle = light
  ctx.fillRect(x, y, m.size * u, m.size * u)
  ctx.fillStyle = dark
  for (let row = 0; row < m.size; row++) {
    for (let col = 0; col < m.size; ) {
      if (!m.isDark(row, col)) { col++; continue }
      const start = col
      while (col < m.size && m.isDark(row, col)) col++
      ctx.fillRect(x + start * u, y + row * u, (col - start) * u, u)
    }
  }
  return m.size * u
}

/** Draws Code 128 bars with quiet zones; returns the width drawn, in px. */
export function drawCode128(ctx: Fillable2D, bars: readonly boolean[], heightPx: number, o: DrawOptions): number {
  const { x = 0, y = 0, modulePx: u, dark = '#000', light = '#fff' } = o
  const qz = o.quietZone ?? CODE128_QUIET_ZONE
  const width = (bars.length + 2 * qz) * u
  ctx.fillStyle = light
  ctx.fillRect(x, y, width, heightPx)
  ctx.fillStyle = dark
  for (let i = 0; i < bars.length; ) {
    if (!bars[i]) { i++; continue }
    const start = i
    while (i < bars.length && bars[i]) i++
    ctx.fillRect(x + (start + qz) * u, y, (i - start) * u, heightPx)
  }
  return width
}
