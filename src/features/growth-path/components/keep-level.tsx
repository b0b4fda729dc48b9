import { Text, View } from '@tarojs/components'
import { describeMissing } from '@/domain/criteria'
import { formatShanghai } from '@/lib/format'
import type { Growth, LevelDto } from '@/services/schemas/growth'

/** The current level's term and what keeps it past the expiry date. */
export function KeepLevel({ growth, level }: { growth: Growth; level: LevelDto }) {
  const joiner = level.criteria?.mode === 'all' ? '，且' : '，或'
  const needed = growth.retention.needed.map(describeMissing).filter(Boolean)
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
            {needed.length > 0
              ? `到期前保级还需：${needed.join(joiner)}`
              : '到期日当天的近 365 天成长仍满足保级标准，到期后自动续期'}
          </Text>
        </>
      ) : (
        <Text className='keep__line'>基础等级长期有效，无需保级</Text>
      )}
    </View>
  )
}
