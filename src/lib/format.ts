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

// One format per purpose, everywhere a member reads a time (Shanghai):
/** 日期: "12月6日". */
export const formatDate = (instant: string | number): string => formatShanghai(instant, 'M月D日')
/** 日期时间: "12月6日 21:53". */
export const formatDateTime = (instant: string | number): string => formatShanghai(instant, 'M月D日 HH:mm')
/** 有效期: "2026.12.01–12.04"; the end repeats the year only when it differs. */
export function formatValidity(from: string | number, until: string | number): string {
  const sameYear = formatShanghai(from, 'YYYY') === formatShanghai(until, 'YYYY')
  return `${formatShanghai(from, 'YYYY.MM.DD')}–${formatShanghai(until, sameYear ? 'MM.DD' : 'YYYY.MM.DD')}`
}
