import { formatFen } from './money'

describe('formatFen', () => {
  it.each([
    [200_000, '¥2,000'],
    [1_250, '¥12.50'],
    [1_205, '¥12.05'],
    [5, '¥0.05'],
    [0, '¥0'],
    [100, '¥1'],
    [99_999_900, '¥999,999'],
    [100_000_000, '¥1,000,000'],
    [123_456_789, '¥1,234,567.89'],
    [-1_250, '-¥12.50'],
    [-200_000, '-¥2,000'],
  ])('%d fen reads %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it('rounds a fractional fen instead of printing float noise', () => {
    expect(formatFen(1_250.4)).toBe('¥12.50')
    expect(formatFen(0.1 + 0.2)).toBe('¥0')
  })

  it('does not print NaN', () => {
    expect(formatFen(Number.NaN)).not.toMatch(/NaN/)
  })
})
