import { Text, View } from '@tarojs/components'
import { levelByCode } from '@/domain/levels'
import { parseInstant } from '@/domain/time'
import { formatShanghai } from '@/lib/format'
import type { EarlyBird } from '@/services/schemas/content'
import { EarlyBirdRemind } from './early-bird-remind'

/** 早鸟: what opens next, when it opens for this member, and for each level. `now` is server-aligned. */
export function EarlyBirdView({ list, now }: { list: EarlyBird; now: number }) {
  if (list.items.length === 0) return <Text className='content__body'>近期没有早鸟新品，上新时会第一时间通知你</Text>
  return (
    <View className='content-early'>
      {list.items.map((item) => {
        const open = now >= parseInstant(item.opensAt)
        return (
          <View key={item.id} className='content-early__item' data-testid='early-bird-item'>
            <Text className='content__heading'>{item.title}</Text>
            <Text className='content__body'>{item.description}</Text>
            <Text className='content__when' data-testid='early-bird-mine'>
              {open ? '已为你开放，可抢先购买' : `你的开放时间：${formatShanghai(item.opensAt, 'M月D日 HH:mm')}`}
            </Text>
            {!open && <EarlyBirdRemind id={item.id} title={item.title} opensAt={item.opensAt} />}
            {item.opensAtByLevel.map((l) => (
              <Text key={l.levelCode} className='content__meta'>
                「{levelByCode(l.levelCode).name}」{formatShanghai(l.opensAt, 'M月D日 HH:mm')}
              </Text>
            ))}
            <Text className='content__meta'>公开发售 {formatShanghai(item.publicOpensAt, 'M月D日 HH:mm')}</Text>
          </View>
        )
      })}
    </View>
  )
}
