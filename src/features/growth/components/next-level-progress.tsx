import { Text, View } from '@tarojs/components'
import { ProgressBar } from '@/components/progress-bar'
import { describeMissing, progressToward, ratioOf, type DimensionProgress } from '@/domain/criteria'
import type { Growth, LevelDto } from '@/services/schemas/growth'
import { DIMENSION_LABEL, formatDimension } from '../presentation'
import './growth-sections.scss'

function modeHint(level: LevelDto, verb: string): string {
  return level.criteria?.mode === 'all' ? '以下各项需全部达成' : `达成任意一项即可${verb}`
}

/** One bar per dimension: members see which lever moves them, not a blended score. */
function DimensionBars({ items }: { items: DimensionProgress[] }) {
  return (
    <>
      {items.map((p) => {
        const label = DIMENSION_LABEL[p.dimension]
        const done = p.current >= p.target
        const numbers = `${formatDimension(p.dimension, p.current)} / ${formatDimension(p.dimension, p.target)}`
        return (
          <View key={p.dimension} className='dimension' data-testid={`progress-${p.dimension}`}>
            <View className='dimension__row'>
              <Text className='dimension__label'>{label}</Text>
              <Text className='dimension__numbers'>{numbers}</Text>
            </View>
            <ProgressBar ratio={ratioOf(p)} label={`${label} ${numbers}`} done={done} />
            <Text className={`dimension__missing ${done ? 'dimension__missing--done' : ''}`}>
              {describeMissing(p) || '已达成'}
            </Text>
          </View>
        )
      })}
    </>
  )
}

function ProgressSection({ title, hint, items, footnote }: { title: string; hint: string; items: DimensionProgress[]; footnote?: string }) {
  return (
    <View className='section'>
      <View className='section__head'>
        <Text className='section__title'>{title}</Text>
        <Text className='section__hint'>{hint}</Text>
      </View>
      <DimensionBars items={items} />
      {footnote && <Text className='section__footnote'>{footnote}</Text>}
    </View>
  )
}

export function NextLevelProgress({ growth, next }: { growth: Growth; next: LevelDto }) {
  return (
    <ProgressSection
      title={`距离「${next.name}」`}
      hint={modeHint(next, '升级')}
      items={growth.progress}
      footnote={next.requiresInvite ? `达到标准后，由品牌专属顾问向你发出「${next.name}」邀请` : undefined}
    />
  )
}

/**
 * At the top there is no next step: show what keeps the level instead. When the level is not
 * kept, the bars are the backend's `retention.needed`, counted on the window as it will stand at
 * the expiry date: today's totals can look complete while their events leave before then.
 */
export function KeepLevelProgress({ growth, level }: { growth: Growth; level: LevelDto }) {
  const needed = growth.retention.needed
  return (
    <ProgressSection
      title={`保持「${level.name}」`}
      hint={modeHint(level, '保级')}
      items={needed.length > 0 ? needed : progressToward(growth.totals, level.criteria)}
      footnote={needed.length > 0 ? '按到期日时仍在近 365 天内的成长计算' : '你已是最高等级，感谢与品牌一起共创'}
    />
  )
}
