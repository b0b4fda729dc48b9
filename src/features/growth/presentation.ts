import type { Dimension, LevelCode } from '@/domain/levels'
import { formatFen } from '@/lib/format'

/**
 * Each level's card colours. White text (also at the card's faintest opacity, 0.75 for the
 * levels not yet reached) and the accent stay at least 4.5:1 over both stops: test/unit/contrast.test.ts.
 */
export const LEVEL_THEME: Record<LevelCode, { from: string; to: string; accent: string }> = {
  explorer: { from: '#3b5b7a', to: '#243a52', accent: '#cfe0f2' },
  experiencer: { from: '#2b6453', to: '#1c463a', accent: '#cdeadf' },
  engager: { from: '#5a3e8c', to: '#382462', accent: '#e4d7fb' },
  cocreator: { from: '#3a3129', to: '#14110e', accent: '#e6c27a' },
}

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
  interactions: '互动频率',
  shares: '分享贡献',
}

export function formatDimension(dimension: Dimension, value: number): string {
  return dimension === 'spendFen' ? formatFen(value) : `${value} 次`
}
