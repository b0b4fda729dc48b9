import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { describeCriteria } from '@/domain/criteria'
import { criteriaDimensions } from '@/domain/levels'
import type { LevelDto } from '@/services/schemas/growth'

type Place = 'reached' | 'current' | 'locked'
const PLACE_WORD: Record<Place, string> = { reached: '已达成', current: '当前等级', locked: '未解锁' }

/**
 * The published standard in words. Levels are a ladder: a level's criteria count only once the
 * level below is reached (40 interactions without a purchase stay 了解观察), so above the first
 * step with criteria the text says so first, and "any one" is said of the criteria after it.
 */
function criteriaText(level: LevelDto, below: LevelDto | undefined): string {
  if (!level.criteria) return '注册即可加入'
  const ladder = below?.criteria ? `需先达到「${below.name}」，再满足：` : ''
  // With one dimension "any" and "all" mean the same, and saying either only confuses.
  if (criteriaDimensions(level.criteria).length < 2) return `${ladder}${describeCriteria(level.criteria)}`
  const mode = level.criteria.mode === 'all' ? '（需全部达成）' : ladder ? '（其中任意一项即可）' : '（达成任意一项即可）'
  return `${ladder}${describeCriteria(level.criteria)}${mode}`
}

/** All levels as one path, top of the pyramid last, each with its published standard in words. */
export function LevelPath({ levels, currentCode }: { levels: LevelDto[]; currentCode: string }) {
  const sorted = [...levels].sort((a, b) => a.rank - b.rank)
  const currentRank = sorted.find((l) => l.code === currentCode)?.rank ?? 1
  return (
    <View className='path' data-testid='level-path'>
      {sorted.map((level, index) => {
        const place: Place = level.rank < currentRank ? 'reached' : level.rank === currentRank ? 'current' : 'locked'
        return (
          <View
            key={level.code}
            className={`path__step path__step--${place}`}
            data-testid={`path-${level.code}`}
            data-place={place}
            {...a11y(`第 ${level.rank} 级 ${level.name}，${PLACE_WORD[place]}`)}
          >
            <View className='path__rail'>
              <View className='path__dot'>
                <Text>{place === 'reached' ? '✓' : level.rank}</Text>
              </View>
            </View>
            <View className='path__body'>
              <View className='path__row'>
                <Text className='path__name'>{level.name}</Text>
                <Text className={`path__place path__place--${place}`}>{PLACE_WORD[place]}</Text>
              </View>
              <Text className='path__criteria' data-testid={`criteria-${level.code}`}>
                {criteriaText(level, sorted[index - 1])}
              </Text>
              {level.requiresInvite && <Text className='path__invite'>另需接受品牌专属顾问的邀请</Text>}
              <Text className='path__rights'>解锁 {level.rightIds.length} 项权益</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
