/** A square grid of QR modules; row 0 / col 0 is the top-left. No quiet zone unless added. */
export interface QrMatrix {
  size: number
  isDark(row: number, col: number): boolean
}

/** Scanners need a light margin of 4 modules around a QR code (ISO/IEC 18004). */
export const QR_QUIET_ZONE = 4

/** The same matrix inside a light border `modules` wide. */
export function withQuietZone(matrix: QrMatrix, modules: number = QR_QUIET_ZONE): QrMatrix {
  const inner = matrix.size
  return {
    size: inner + 2 * modules,
    isDark: (row, col) => {
      const r = row - modules
      const c = col - modules
      return r >= 0 && c >= 0 && r < inner && c < inner && matrix.isDark(r, c)
    },
  }
}
