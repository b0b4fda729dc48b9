import { criteriaDimensions, type Criteria, type Dimension } from './levels'
import { DEFAULT_WINDOW_DAYS, type Totals } from './ledger'
import { formatFen } from './money'

export interface DimensionProgress {
  dimension: Dimension
  current: number
  target: number
}

/** Thresholds compare with `>=` everywhere: reaching the number exactly counts. */
export function meetsCriteria(totals: Totals, criteria: Criteria | null): boolean {
  if (!criteria) return true
  const dims = criteriaDimensions(criteria)
  if (dims.length === 0) return true
  const met = dims.map((d) => totals[d] >= (criteria[d] as number))
  return criteria.mode === 'all' ? met.every(Boolean) : met.some(Boolean)
}

/** One entry per dimension the criteria name, never a blended score. */
export function progressToward(totals: Totals, criteria: Criteria | null): DimensionProgress[] {
  return criteriaDimensions(criteria).map((dimension) => ({
    dimension,
    current: totals[dimension],
    target: (criteria as Criteria)[dimension] as number,
  }))
}

export function missingFor(p: DimensionProgress): number {
  return Math.max(0, p.target - p.current)
}

/** 0..1, for drawing a bar. */
export function ratioOf(p: DimensionProgress): number {
  if (p.target <= 0) return 1
  return Math.min(1, Math.max(0, p.current / p.target))
}

/** How a threshold on one dimension reads, e.g. "消费满 ¥2,000", "互动 30 次", "有效分享 5 次". */
export function describeThreshold(dimension: Dimension, value: number): string {
  switch (dimension) {
    case 'spendFen':
      return `消费满 ${formatFen(value)}`
    case 'interactions':
      return `互动 ${value} 次`
    case 'shares':
      return `有效分享 ${value} 次`
  }
}

/**
 * The published standard in words: "近 365 天消费满 ¥2,000，或互动 30 次，或有效分享 5 次";
 * mode `all` joins with "且". Empty for a level without criteria (the entry level).
 */
export function describeCriteria(criteria: Criteria | null, windowDays: number = DEFAULT_WINDOW_DAYS): string {
  const dims = criteriaDimensions(criteria)
  // "消费满 ¥1" is how the rules encode a first purchase; say it as a member would.
  if (dims.length === 1 && dims[0] === 'spendFen' && ((criteria as Criteria).spendFen ?? 0) <= 100) return '完成首单'
  const parts = dims.map((d) => describeThreshold(d, (criteria as Criteria)[d] as number))
  if (parts.length === 0) return ''
  const joiner = (criteria as Criteria).mode === 'all' ? '，且' : '，或'
  return `近 ${windowDays} 天${parts.join(joiner)}`
}

/** What is still missing on one dimension, e.g. "还需消费 ¥1,000" / "还需互动 3 次"; empty when met. */
export function describeMissing(p: DimensionProgress): string {
  const missing = missingFor(p)
  if (missing <= 0) return ''
  switch (p.dimension) {
    case 'spendFen':
      return `还需消费 ${formatFen(missing)}`
    case 'interactions':
      return `还需互动 ${missing} 次`
    case 'shares':
      return `还需有效分享 ${missing} 次`
  }
}
