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

export { formatFen } from '@/domain/money'
