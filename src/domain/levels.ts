export type LevelCode = 'explorer' | 'experiencer' | 'engager' | 'cocreator'
export type Dimension = 'spendFen' | 'interactions' | 'shares'
export const DIMENSIONS: readonly Dimension[] = ['spendFen', 'interactions', 'shares']

export interface Criteria {
  mode: 'any' | 'all'
  spendFen?: number
  interactions?: number
  shares?: number
}

export interface Level {
  code: LevelCode
  rank: number
  name: string
  aipl: string
  criteria: Criteria | null
  requiresInvite: boolean
  rightIds: string[]
}

/** The published growth path. Thresholds are totals inside the rolling window. */
export const LEVELS: readonly Level[] = [
  {
    code: 'explorer',
    rank: 1,
    name: '了解观察',
    aipl: 'Awareness / Interest',
    criteria: null,
    requiresInvite: false,
    rightIds: ['r-welcome-coupon', 'r-beginner-guide'],
  },
  {
    code: 'experiencer',
    rank: 2,
    name: '初步体验',
    aipl: 'Purchase',
    criteria: { mode: 'any', spendFen: 100 },
    requiresInvite: false,
    rightIds: ['r-onboarding', 'r-repurchase-coupon', 'r-birthday-gift'],
  },
  {
    code: 'engager',
    rank: 3,
    name: '积极互动',
    aipl: 'Loyalty',
    criteria: { mode: 'any', spendFen: 200_000, interactions: 30, shares: 5 },
    requiresInvite: false,
    rightIds: ['r-community-events', 'r-share-reward', 'r-early-bird', 'r-free-shipping'],
  },
  {
    code: 'cocreator',
    rank: 4,
    name: '核心共创',
    aipl: 'Loyalty (advocate)',
    criteria: { mode: 'all', spendFen: 800_000, interactions: 80, shares: 20 },
    requiresInvite: true,
    rightIds: ['r-advisor', 'r-priority-service', 'r-beta-seat', 'r-workshop-seat', 'r-limited-edition', 'r-limited-tasting'],
  },
]

export const LEVEL_CODES: readonly LevelCode[] = LEVELS.map((l) => l.code)

export function isLevelCode(value: unknown): value is LevelCode {
  return typeof value === 'string' && (LEVEL_CODES as readonly string[]).includes(value)
}

export function levelByCode(code: LevelCode, levels: readonly Level[] = LEVELS): Level {
  const level = levels.find((l) => l.code === code)
  if (!level) throw new Error(`unknown level ${code}`)
  return level
}

export function levelByRank(rank: number, levels: readonly Level[] = LEVELS): Level | undefined {
  return levels.find((l) => l.rank === rank)
}

export function rankOf(code: LevelCode, levels: readonly Level[] = LEVELS): number {
  return levelByCode(code, levels).rank
}

export function nextLevel(code: LevelCode, levels: readonly Level[] = LEVELS): Level | null {
  return levelByRank(rankOf(code, levels) + 1, levels) ?? null
}

export function previousLevel(code: LevelCode, levels: readonly Level[] = LEVELS): Level | null {
  return levelByRank(rankOf(code, levels) - 1, levels) ?? null
}

/** Dimensions a criteria object sets, in the canonical order. */
export function criteriaDimensions(criteria: Criteria | null): Dimension[] {
  if (!criteria) return []
  return DIMENSIONS.filter((d) => typeof criteria[d] === 'number')
}
