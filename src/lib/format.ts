import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { SHANGHAI_OFFSET_MS } from '@/domain/time'

dayjs.extend(utc)

const SHANGHAI_OFFSET_MIN = SHANGHAI_OFFSET_MS / 60000

/** An instant shown in Shanghai time, whatever the phone's own zone. */
export function formatShanghai(instant: string | number, pattern = 'YYYY-MM-DD HH:mm'): string {
  const d = dayjs(instant)
  if (!d.isValid()) return '—'
  return d.utcOffset(SHANGHAI_OFFSET_MIN).format(pattern)
}

/** Money is integer fen until here: ¥2,000 when whole, ¥12.50 otherwise. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.round(fen))
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}¥${grouped}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`
}
