import { criteriaDimensions, type Criteria, type Dimension } from './levels'
import type { Totals } from './ledger'

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
