/**
 * Money is kept in fen (integers) and shown as yuan with a ¥ sign: whole amounts without
 * decimals ("¥2,000"), others with two ("¥12.50"). Grouping is done by hand because some
 * mini-program runtimes ship without Intl.
 */
export function formatFen(fen: number): string {
  if (!Number.isFinite(fen)) return '¥—'
  const whole = Math.round(fen)
  const sign = whole < 0 ? '-' : ''
  const abs = Math.abs(whole)
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return cents === 0 ? `${sign}¥${grouped}` : `${sign}¥${grouped}.${String(cents).padStart(2, '0')}`
}
