import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { rankOf, type LevelCode } from '@/domain/levels'
import type { RightDto } from '@/services/schemas/rights'
import { LEVELS_IN_ORDER } from '../presentation'

/** Every right against every level: a row per right, ✓ from the level that unlocks it upward. */
export function RightsCompare({ rights, levelCode }: { rights: RightDto[]; levelCode: LevelCode }) {
  const sorted = [...rights].sort((a, b) => rankOf(a.minLevelCode) - rankOf(b.minLevelCode))
  return (
    <View className='compare' data-testid='rights-compare' {...a11y('各等级权益对比', 'table')}>
      <View className='compare__row compare__row--head' {...a11y(undefined, 'row')}>
        <Text className='compare__cell compare__cell--title'>权益</Text>
        {LEVELS_IN_ORDER.map((l) => (
          <Text key={l.code} className={`compare__cell ${l.code === levelCode ? 'compare__cell--current' : ''}`} {...a11y(undefined, 'columnheader')}>
            {l.name}
            {l.code === levelCode ? '（我）' : ''}
          </Text>
        ))}
      </View>
      {sorted.map((r) => (
        <View key={r.id} className='compare__row' {...a11y(undefined, 'row')}>
          <Text className='compare__cell compare__cell--title'>{r.title}</Text>
          {LEVELS_IN_ORDER.map((l) => {
            const has = l.rank >= rankOf(r.minLevelCode)
            return (
              <Text
                key={l.code}
                className={`compare__cell ${has ? 'compare__cell--yes' : 'compare__cell--no'} ${l.code === levelCode ? 'compare__cell--current' : ''}`}
                {...a11y(`${l.name}${has ? '享有' : '不享有'}${r.title}`, 'cell')}
              >
                {has ? '✓' : '—'}
              </Text>
            )
          })}
        </View>
      ))}
    </View>
  )
}
