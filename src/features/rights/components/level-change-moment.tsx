import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { describeCriteria, describeMissing, type DimensionProgress } from '@/domain/criteria'
import { levelByCode, rankOf } from '@/domain/levels'
import { RIGHTS } from '@/domain/rights'
import type { LevelChange } from '../level-memory'
import { rightsUnlockedBetween } from '../presentation'
import '../rights.scss'

interface Props {
  change: LevelChange
  /** Progress toward the next level, i.e. toward the lost one after a one-step downgrade. */
  progress: DimensionProgress[]
  onClose: () => void
}

/** The one-time moment: a celebration with the rights just unlocked, or a plain downgrade note. */
export function LevelChangeMoment({ change, progress, onClose }: Props) {
  const up = rankOf(change.to) > rankOf(change.from)
  const from = levelByCode(change.from)
  const to = levelByCode(change.to)
  const gained = up ? rightsUnlockedBetween(RIGHTS, change.from, change.to) : []
  const lost = up ? [] : rightsUnlockedBetween(RIGHTS, change.to, change.from)
  const missing = progress.map(describeMissing).filter(Boolean)
  const joiner = from.criteria?.mode === 'all' ? '，且' : '，或'

  return (
    <View className='level-moment' data-testid={up ? 'level-up' : 'level-down'}>
      <View className='level-moment__panel' {...a11y(up ? '升级庆祝' : '等级调整', 'dialog')}>
        {up ? (
          <>
            <Text className='level-moment__emoji'>🎉</Text>
            <Text className='level-moment__title'>恭喜升级为「{to.name}」</Text>
            <Text className='level-moment__text'>
              从「{from.name}」升到「{to.name}」，新解锁 {gained.length} 项权益：
            </Text>
            <View className='level-moment__list'>
              {gained.map((r) => (
                <Text key={r.id} className='level-moment__item'>
                  · {r.title}
                </Text>
              ))}
            </View>
          </>
        ) : (
          <>
            <Text className='level-moment__title'>你的等级已调整为「{to.name}」</Text>
            <Text className='level-moment__text'>
              「{from.name}」的有效期已过，保级标准未达成，等级下调一级。暂停享有：{lost.map((r) => r.title).join('、') || '无'}。
            </Text>
            <Text className='level-moment__text'>
              重回「{from.name}」需要：{from.criteria ? describeCriteria(from.criteria) : '—'}
              {missing.length > 0 ? `（目前${missing.join(joiner)}）` : ''}
              {from.requiresInvite ? '，并接受品牌邀请' : ''}
            </Text>
          </>
        )}
        <View className='level-moment__actions'>
          <Button
            className='level-moment__primary btn btn--primary'
            onClick={() => {
              onClose()
              void (up ? Taro.switchTab({ url: '/pages/rights/index' }) : Taro.navigateTo({ url: '/pages/growth/index' }))
            }}
            {...a11y(undefined, 'button')}
          >
            {up ? '查看我的权益' : '看看怎么升回去'}
          </Button>
          <Button className='level-moment__secondary btn btn--secondary' onClick={onClose} {...a11y(undefined, 'button')}>
            我知道了
          </Button>
        </View>
      </View>
    </View>
  )
}
