import type { Dimension } from '@/domain/levels'
import { formatFen } from '@/lib/format'

export { LEVEL_THEME } from './level-theme'

const AIPL_LABEL: Record<string, string> = {
  'Awareness / Interest': '认知 · 兴趣',
  Purchase: '购买',
  Loyalty: '忠诚',
  'Loyalty (advocate)': '忠诚 · 共创',
}

export function aiplLabel(aipl: string): string {
  return AIPL_LABEL[aipl] ?? aipl
}

export const DIMENSION_LABEL: Record<Dimension, string> = {
  spendFen: '消费金额',
  // A count the member can check against their record, not a rate.
  interactions: '互动次数',
  shares: '分享贡献',
}

export function formatDimension(dimension: Dimension, value: number): string {
  return dimension === 'spendFen' ? formatFen(value) : `${value} 次`
}
