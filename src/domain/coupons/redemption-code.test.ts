import type { RandomBytes } from '../random'
import { generateRedemptionCode, groupDigitsForReading, isWellFormedCode, luhnCheckDigit, normalizeTypedCode } from './redemption-code'

/** A small deterministic byte source (mulberry32) so failures reproduce; production injects a cryptographic one. */
function seeded(seed: number): RandomBytes {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) & 0xff
  }
  return (length) => Uint8Array.from({ length }, next)
}
const constant = (byte: number): RandomBytes => (length) => new Uint8Array(length).fill(byte)

const never = () => false

describe('generateRedemptionCode', () => {
  it('makes 16 digits, not starting with 0, that pass its own check', () => {
    const random = seeded(1)
    for (let i = 0; i < 200; i++) {
      const code = generateRedemptionCode(random, never)
      expect(code).toMatch(/^[1-9]\d{15}$/)
      expect(isWellFormedCode(code)).toBe(true)
    }
  })

  it('skips codes that are taken', () => {
    const first = generateRedemptionCode(seeded(7), never)
    const seen = new Set([first])
    const next = generateRedemptionCode(seeded(7), (c) => seen.has(c))
    expect(next).not.toBe(first)
    expect(isWellFormedCode(next)).toBe(true)
  })

  it('gives up instead of looping forever when everything is taken', () => {
    expect(() => generateRedemptionCode(seeded(3), () => true)).toThrow(/no free redemption code/)
  })

  it('maps bytes to digits without bias: the top bytes that would favour low digits are drawn again', () => {
    expect(generateRedemptionCode(constant(0), never)).toMatch(/^10{14}\d$/)
    // 251 is the last byte under 252 (9 × 28) and 249 the last under 250 (10 × 25).
    const bytes = [251, ...Array(14).fill(249)]
    let i = 0
    const source: RandomBytes = (length) => Uint8Array.from({ length }, () => bytes[i++ % bytes.length])
    expect(generateRedemptionCode(source, never)).toMatch(/^9{15}\d$/)
  })

  it('refuses a source that only ever answers out-of-range bytes instead of looping', () => {
    expect(() => generateRedemptionCode(constant(255), never)).toThrow(/out-of-range/)
  })

  it('does not use Math.random: with Math.random stuck, codes from a varying source still vary', () => {
    const spy = jest.spyOn(Math, 'random').mockReturnValue(0.5)
    try {
      const random = seeded(11)
      const codes = new Set(Array.from({ length: 100 }, () => generateRedemptionCode(random, never)))
      expect(codes.size).toBe(100)
      expect(spy).not.toHaveBeenCalled()
    } finally {
      spy.mockRestore()
    }
  })
})

describe('isWellFormedCode', () => {
  it('accepts a known Luhn-valid number and rejects wrong shapes', () => {
    expect(isWellFormedCode('4539578763621486')).toBe(true)
    expect(isWellFormedCode('4539 5787 6362 1486')).toBe(false)
    expect(isWellFormedCode('453957876362148')).toBe(false)
    expect(isWellFormedCode('45395787636214860')).toBe(false)
    expect(isWellFormedCode('453957876362148a')).toBe(false)
  })

  const codes = Array.from({ length: 50 }, ((r) => () => generateRedemptionCode(r, never))(seeded(42)))

  it('catches every single-digit typo', () => {
    for (const code of codes) {
      for (let i = 0; i < code.length; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === code[i]) continue
          expect(isWellFormedCode(code.slice(0, i) + d + code.slice(i + 1))).toBe(false)
        }
      }
    }
  })

  it('catches every adjacent transposition except Luhn’s known 09 ↔ 90', () => {
    for (const code of codes) {
      for (let i = 0; i + 1 < code.length; i++) {
        const [a, b] = [code[i], code[i + 1]]
        if (a === b) continue
        const swapped = code.slice(0, i) + b + a + code.slice(i + 2)
        const blindSpot = (a === '0' && b === '9') || (a === '9' && b === '0')
        expect(isWellFormedCode(swapped)).toBe(blindSpot)
      }
    }
  })

  it('computes the check digit that completes a body', () => {
    expect(luhnCheckDigit('453957876362148')).toBe('6')
    expect(luhnCheckDigit('7992739871')).toBe('3') // the textbook example
  })
})

describe('reading and typing codes', () => {
  it('groups in fours for reading', () => {
    expect(groupDigitsForReading('1234567890123456')).toBe('1234 5678 9012 3456')
    expect(groupDigitsForReading('123456')).toBe('1234 56')
  })

  it('normalises what a clerk types', () => {
    expect(normalizeTypedCode(' 4539 5787-6362 １４８６ ')).toBe('4539578763621486')
  })
})
