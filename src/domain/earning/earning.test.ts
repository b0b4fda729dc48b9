import { checkInStreak, generateMemberCode, isMemberCode, purchaseTitle, shanghaiDateOf } from '.'

describe('member code', () => {
  it('is 18 digits starting 88 and skips codes that are taken', () => {
    const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37) % 250)
    const first = generateMemberCode(bytes, () => false)
    expect(first).toMatch(/^88\d{16}$/)
    expect(isMemberCode(first)).toBe(true)
    expect(isMemberCode('1234567890123456')).toBe(false)
    expect(() => generateMemberCode(bytes, () => true)).toThrow(/no free member code/)
  })
})

describe('check-in streak', () => {
  const at = (iso: string) => Date.parse(iso)
  it('counts Shanghai days: 23:30 UTC is already the next day in Shanghai', () => {
    expect(shanghaiDateOf(at('2026-03-14T16:30:00Z'))).toBe('2026-03-15')
    expect(shanghaiDateOf(at('2026-03-14T15:59:59Z'))).toBe('2026-03-14')
  })
  it('runs back from today, or from yesterday while today is still open, and stops at a gap', () => {
    const now = at('2026-03-15T04:00:00Z')
    expect(checkInStreak(['2026-03-13', '2026-03-14', '2026-03-15'], now)).toBe(3)
    expect(checkInStreak(['2026-03-13', '2026-03-14'], now)).toBe(2)
    expect(checkInStreak(['2026-03-12', '2026-03-14', '2026-03-15'], now)).toBe(2)
    expect(checkInStreak(['2026-03-13'], now)).toBe(0)
  })
})

it('titles a purchase by its amount', () => {
  expect(purchaseTitle(12800)).toBe('门店消费 ¥128')
  expect(purchaseTitle(12850)).toBe('门店消费 ¥128.50')
})
