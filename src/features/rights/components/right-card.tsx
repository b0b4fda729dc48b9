import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import type { RightDto } from '@/services/schemas/rights'
import { KIND_LABEL, quotaText, rightAction, stockText } from '../presentation'

export function openRightDetail(id: string) {
  void Taro.navigateTo({ url: `/pages/right-detail/index?id=${encodeURIComponent(id)}` })
}

export function RightCard({ right }: { right: RightDto }) {
  const action = rightAction(right)
  const meta = [quotaText(right), stockText(right)].filter(Boolean).join(' · ')
  return (
    <View
      className={`right-card ${right.unlocked ? 'right-card--unlocked' : 'right-card--locked'}`}
      data-testid={`right-${right.id}`}
      data-unlocked={right.unlocked ? 'true' : 'false'}
      onClick={() => openRightDetail(right.id)}
      // Named by its visible text (title, description, tag), so speech input can say what it sees.
      {...a11y(undefined, 'button')}
    >
      <View className='right-card__badge'>
        <Text>{KIND_LABEL[right.kind]}</Text>
      </View>
      <View className='right-card__body'>
        <Text className='right-card__title'>{right.title}</Text>
        <Text className='right-card__desc'>{right.description}</Text>
        {meta && <Text className='right-card__meta'>{meta}</Text>}
      </View>
      <Text className={`right-card__tag right-card__tag--${action.kind}`}>{right.unlocked ? (action.kind === 'claim' ? '可领取' : action.kind === 'standing' ? '已享有' : action.text) : action.text}</Text>
    </View>
  )
}
