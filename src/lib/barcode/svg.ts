import { CODE128_QUIET_ZONE } from './code128-geometry'
import { QR_QUIET_ZONE, withQuietZone, type QrMatrix } from './matrix'

/**
 * The QR as an SVG string `px` wide and high, quiet zone included. Drawn in module units
 * (viewBox) with one path of merged horizontal runs, so it is small and scales crisply.
 */
export function qrToSvg(matrix: QrMatrix, px: number, quietZone: number = QR_QUIET_ZONE): string {
  const m = withQuietZone(matrix, quietZone)
  let d = ''
  for (let row = 0; row < m.size; row++) {
    for (let col = 0; col < m.size; ) {
      if (!m.isDark(row, col)) { col++; continue }
      const start = col
      while (col < m.size && m.isDark(row, col)) col++
      d += `M${start} ${row}h${col - start}v1h${start - col}z`
    }
  }
  return svg(px, px, `0 0 ${m.size} ${m.size}`, d)
}

/** Code 128 bars as an SVG string, `modulePx` per module, quiet zones included. */
export function code128ToSvg(bars: readonly boolean[], heightPx: number, modulePx = 2, quietZone: number = CODE128_QUIET_ZONE): string {
  const width = bars.length + 2 * quietZone
  let d = ''
  for (let i = 0; i < bars.length; ) {
    if (!bars[i]) { i++; continue }
    const start = i
    while (i < bars.length && bars[i]) i++
    d += `M${start + quietZone} 0h${i - start}v${heightPx}h${start - i}z`
  }
  // Horizontal units are modules, vertical are px; preserveAspectRatio="none" lets it stretch to the box.
  return svg(width * modulePx, heightPx, `0 0 ${width} ${heightPx}`, d, ' preserveAspectRatio="none"')
}

function svg(w: number, h: number, viewBox: string, d: string, extra = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${viewBox}"${extra} shape-rendering="crispEdges">` +
    `<rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  )
}
