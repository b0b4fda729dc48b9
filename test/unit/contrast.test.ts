// WCAG 2.x contrast of the member card's text over every level's gradient (LEVEL_THEME).
// The card paints `linear-gradient(135deg, from, to)` with white text, some of it faded by an
// `opacity` in member-card.scss, and the AIPL line (and the reached-step dots) in `accent`.
// Text can sit anywhere on the gradient, so both stops and the points between are checked.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { LEVEL_THEME } from '@/features/growth/presentation'

type Rgb = [number, number, number]

function hex(color: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color)
  if (!m) throw new Error(`not a #rrggbb colour: ${color}`)
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)]
}

/** Relative luminance, https://www.w3.org/TR/WCAG21/#dfn-relative-luminance */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** `fg` painted with `alpha` over `bg` (what `opacity` does to text over an opaque background). */
function over(fg: Rgb, alpha: number, bg: Rgb): Rgb {
  return fg.map((c, i) => c * alpha + bg[i] * (1 - alpha)) as Rgb
}

/** Points along the gradient, as the browser interpolates it (per channel, in sRGB). */
function gradient(from: string, to: string, steps = 10): Rgb[] {
  const [a, b] = [hex(from), hex(to)]
  return Array.from({ length: steps + 1 }, (_, i) => a.map((c, k) => c + ((b[k] - c) * i) / steps) as Rgb)
}

const WHITE: Rgb = [255, 255, 255]
const MIN = 4.5

// Every opacity the card's stylesheet applies (to text and to the steps that hold the level names):
// the faintest white text must still pass.
const cardScss = readFileSync(path.resolve(__dirname, '../../src/features/growth/components/member-card.scss'), 'utf8')
const opacities = [1, ...[...cardScss.matchAll(/opacity:\s*([\d.]+)/g)].map((m) => Number(m[1]))]
const faintest = Math.min(...opacities)

test('the stylesheet opacities were found (the test reads member-card.scss)', () => {
  expect(opacities.length).toBeGreaterThan(1)
  expect(faintest).toBeGreaterThan(0)
  expect(faintest).toBeLessThan(1)
})

describe.each(Object.entries(LEVEL_THEME))('level %s', (_level, theme) => {
  const stops = { from: hex(theme.from), to: hex(theme.to) }

  test.each(Object.keys(stops) as Array<keyof typeof stops>)('white text over the %s stop is at least 4.5:1', (stop) => {
    expect(contrast(WHITE, stops[stop])).toBeGreaterThanOrEqual(MIN)
  })

  test.each(Object.keys(stops) as Array<keyof typeof stops>)('the accent (secondary text) over the %s stop is at least 4.5:1', (stop) => {
    expect(contrast(hex(theme.accent), stops[stop])).toBeGreaterThanOrEqual(MIN)
  })

  test(`white at the faintest card opacity, and the accent, stay at least 4.5:1 across the gradient`, () => {
    const worst = gradient(theme.from, theme.to).map((bg) => ({
      white: contrast(WHITE, bg),
      faint: contrast(over(WHITE, faintest, bg), bg),
      accent: contrast(hex(theme.accent), bg),
    }))
    for (const point of worst) {
      expect(point.white).toBeGreaterThanOrEqual(MIN)
      expect(point.faint).toBeGreaterThanOrEqual(MIN)
      expect(point.accent).toBeGreaterThanOrEqual(MIN)
    }
  })
})

test('the contrast formula matches WCAG reference values', () => {
  expect(contrast(WHITE, [0, 0, 0])).toBeCloseTo(21, 5)
  expect(contrast(WHITE, WHITE)).toBe(1)
  // #767676 on white is the well-known 4.54:1 threshold grey.
  expect(contrast(hex('#767676'), WHITE)).toBeCloseTo(4.54, 2)
})
