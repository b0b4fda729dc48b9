import {
  DAY_MS,
  endOfShanghaiDate,
  endOfShanghaiDay,
  parseInstant,
  shanghaiDaysBetween,
  startOfShanghaiDay,
  toIso,
} from './time'

// Expected instants are written by hand as UTC milliseconds or parsed from unambiguous `Z` strings.
const JAN1_2026_UTC = 1767225600000 // 2026-01-01T00:00:00.000Z
const at = (isoZ: string) => Date.parse(isoZ)

describe('parseInstant', () => {
  it('reads a UTC instant', () => {
    expect(parseInstant('2026-01-01T00:00:00Z')).toBe(JAN1_2026_UTC)
  })

  it('honours positive and negative offsets', () => {
    expect(parseInstant('2026-01-01T08:00:00+08:00')).toBe(JAN1_2026_UTC)
    expect(parseInstant('2025-12-31T19:00:00-05:00')).toBe(JAN1_2026_UTC)
    expect(parseInstant('2026-01-01T05:30:00+05:30')).toBe(JAN1_2026_UTC)
  })

  it('accepts minutes-only and fractional seconds, truncating below the millisecond', () => {
    expect(parseInstant('2026-01-01T00:00Z')).toBe(JAN1_2026_UTC)
    expect(parseInstant('2026-01-01T00:00:00.5Z')).toBe(JAN1_2026_UTC + 500)
    expect(parseInstant('2026-01-01T00:00:00.999Z')).toBe(JAN1_2026_UTC + 999)
    expect(parseInstant('2026-01-01T00:00:00.123456Z')).toBe(JAN1_2026_UTC + 123)
  })

  it('reads any RFC 3339 instant: microseconds, nanoseconds, +08:00, lower-case t and z', () => {
    expect(parseInstant('2026-01-01T08:00:00.123456+08:00')).toBe(JAN1_2026_UTC + 123)
    expect(parseInstant('2026-01-01T00:00:00.987654321Z')).toBe(JAN1_2026_UTC + 987)
    expect(parseInstant('2025-12-31T16:00:00.000000001-08:00')).toBe(JAN1_2026_UTC)
    expect(parseInstant('2026-01-01t00:00:00.1z')).toBe(JAN1_2026_UTC + 100)
    expect(parseInstant('2026-01-01T00:00:00.1234567890Z')).toBeNaN() // ten digits is beyond RFC 3339 practice
  })

  it.each([
    ['2026-01-01 00:00:00', 'space separated, iOS cannot parse it'],
    ['2026-01-01 00:00:00+08:00', 'space separated even with an offset'],
    ['2026-01-01T00:00:00', 'no offset: local time is ambiguous'],
    ['2026-01-01', 'date only'],
    ['2026/01/01T00:00:00Z', 'slashes'],
    ['2026-01-01T00:00:00+0800', 'offset without colon'],
    ['2026-02-30T00:00:00Z', 'Feb 30 does not exist'],
    ['2026-02-29T00:00:00Z', '2026 is not a leap year'],
    ['2026-13-01T00:00:00Z', 'month 13'],
    ['2026-01-01T24:00:00Z', 'hour 24'],
    ['2026-01-01T23:60:00Z', 'minute 60'],
    ['', 'empty'],
  ])('rejects %s (%s) with NaN', (input) => {
    expect(parseInstant(input)).toBeNaN()
  })

  it('accepts Feb 29 in a leap year', () => {
    expect(parseInstant('2028-02-29T00:00:00Z')).toBe(1835395200000)
  })
})

describe('toIso', () => {
  it('writes UTC with milliseconds', () => {
    expect(toIso(JAN1_2026_UTC + 1)).toBe('2026-01-01T00:00:00.001Z')
  })
})

describe('Shanghai day boundaries', () => {
  it('15:59:59.999Z on Jan 1 is still Shanghai Jan 1; 16:00:00.000Z is Shanghai Jan 2', () => {
    const lastMsOfJan1 = at('2026-01-01T15:59:59.999Z')
    const firstMsOfJan2 = at('2026-01-01T16:00:00.000Z')
    expect(startOfShanghaiDay(lastMsOfJan1)).toBe(at('2025-12-31T16:00:00.000Z'))
    expect(endOfShanghaiDay(lastMsOfJan1)).toBe(lastMsOfJan1)
    expect(startOfShanghaiDay(firstMsOfJan2)).toBe(firstMsOfJan2)
    expect(endOfShanghaiDay(firstMsOfJan2)).toBe(at('2026-01-02T15:59:59.999Z'))
  })

  it('UTC midnight is not a Shanghai day boundary', () => {
    // 2026-01-01T00:00Z is 08:00 in Shanghai on Jan 1.
    expect(startOfShanghaiDay(JAN1_2026_UTC)).toBe(at('2025-12-31T16:00:00.000Z'))
    expect(startOfShanghaiDay(JAN1_2026_UTC - 1)).toBe(at('2025-12-31T16:00:00.000Z'))
  })
})

describe('endOfShanghaiDate', () => {
  it('is the last millisecond of that Shanghai day', () => {
    expect(endOfShanghaiDate('2026-01-01')).toBe(at('2026-01-01T15:59:59.999Z'))
    expect(endOfShanghaiDate('2026-12-31')).toBe(at('2026-12-31T15:59:59.999Z'))
    expect(endOfShanghaiDate('2028-02-29')).toBe(at('2028-02-29T15:59:59.999Z'))
  })

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '2026-01-01T00:00:00Z', ''])(
    'rejects %s with NaN',
    (input) => {
      expect(endOfShanghaiDate(input)).toBeNaN()
    },
  )
})

describe('shanghaiDaysBetween', () => {
  it('counts one day across Shanghai midnight, even one millisecond apart', () => {
    expect(shanghaiDaysBetween(at('2026-01-01T15:59:59.999Z'), at('2026-01-01T16:00:00.000Z'))).toBe(1)
  })

  it('counts zero across UTC midnight inside one Shanghai day', () => {
    // 01:00 and 09:00 on Shanghai Jan 1.
    expect(shanghaiDaysBetween(at('2025-12-31T17:00:00Z'), at('2026-01-01T01:00:00Z'))).toBe(0)
    // 00:00:00.000 and 23:59:59.999 on Shanghai Jan 1.
    expect(shanghaiDaysBetween(at('2025-12-31T16:00:00.000Z'), at('2026-01-01T15:59:59.999Z'))).toBe(0)
  })

  it('is negative when `to` is earlier and counts whole calendar days over long spans', () => {
    expect(shanghaiDaysBetween(at('2026-01-01T16:00:00Z'), at('2026-01-01T15:00:00Z'))).toBe(-1)
    expect(shanghaiDaysBetween(at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toBe(365)
    expect(shanghaiDaysBetween(at('2028-01-01T00:00:00Z'), at('2029-01-01T00:00:00Z'))).toBe(366)
  })

  it('uses whole days, not elapsed hours', () => {
    // 23:00 Jan 1 to 01:00 Jan 2 Shanghai: two hours apart, one day apart.
    expect(shanghaiDaysBetween(at('2026-01-01T15:00:00Z'), at('2026-01-01T17:00:00Z'))).toBe(1)
    expect(at('2026-01-01T17:00:00Z') - at('2026-01-01T15:00:00Z')).toBeLessThan(DAY_MS)
  })
})
