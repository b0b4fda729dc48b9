import { Text, View } from '@tarojs/components'
import { describeMissing, type DimensionProgress } from '@/domain/criteria'
import { criteriaDimensions } from '@/domain/levels'
import { formatShanghai } from '@/lib/format'
import type { Growth, LevelDto } from '@/services/schemas/growth'

/**
 * Levels are a ladder: when the backend's `retention.needed` is a lower level's criteria (the
 * ledger will not even support that one at expiry), the member is told which step comes first.
 */
function lowerStepNeeded(needed: DimensionProgress[], level: LevelDto, levels: LevelDto[]): LevelDto | undefined {
  return levels.find((l) => {
    if (l.rank >= level.rank || !l.criteria) return false
    const dims = criteriaDimensions(l.criteria)
    return dims.length === needed.length && needed.every((n) => l.criteria?.[n.dimension] === n.target)
  })
}

/** The current level's term and what keeps it past the expiry date. */
export function KeepLevel({ growth, level, levels = [] }: { growth: Growth; level: LevelDto; levels?: LevelDto[] }) {
  const lower = lowerStepNeeded(growth.retention.needed, level, levels)
  const joiner = (lower ?? level).criteria?.mode === 'all' ? '，且' : '，或'
  const needed = growth.retention.needed.map(describeMissing).filter(Boolean)
  // describeMissing already starts with 还需 ("还需消费 ¥1,140"): the prefix must not repeat it.
  const prefix = lower ? `到期前保级需先满足「${lower.name}」：` : '保级：到期前'
  return (
    <View className='section' data-testid='keep-level'>
      <View className='section__head'>
        <Text className='section__title'>保持「{level.name}」</Text>
      </View>
      {growth.levelExpiresAt ? (
        <>
          <Text className='keep__line' data-testid='level-expiry'>
            有效期至 {formatShanghai(growth.levelExpiresAt, 'YYYY年M月D日')}
          </Text>
          <Text className={`keep__line ${growth.retention.atRisk ? 'keep__line--risk' : ''}`}>
            {needed.length > 0 ? `${prefix}${needed.join(joiner)}` : '到期日当天的近 365 天成长仍满足保级标准，到期后自动续期'}
          </Text>
        </>
      ) : (
        <Text className='keep__line'>基础等级长期有效，无需保级</Text>
      )}
    </View>
  )
}
