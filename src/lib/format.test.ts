import { formatDate, formatDateTime, formatValidity } from './format'

// 2026-12-06 21:53 in Shanghai is 13:53 UTC.
const EVENING = '2026-12-06T13:53:00Z'

test('日期 and 日期时间 read as a member says them, in Shanghai time', () => {
  expect(formatDate(EVENING)).toBe('12月6日')
  expect(formatDateTime(EVENING)).toBe('12月6日 21:53')
  // 23:30 UTC is already the next morning in Shanghai.
  expect(formatDate('2026-12-06T23:30:00Z')).toBe('12月7日')
})

test('有效期 is one range, repeating the year only when it changes', () => {
  expect(formatValidity('2026-11-30T16:00:00Z', '2026-12-04T15:59:59Z')).toBe('2026.12.01–12.04')
  expect(formatValidity('2026-12-20T16:00:00Z', '2027-01-04T15:59:59Z')).toBe('2026.12.21–2027.01.04')
})
