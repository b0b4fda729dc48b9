import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { useState } from 'react'
import { EmptyState, ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { describeError } from '@/services/errors'
import { RightsCompare } from './components/rights-compare'
import { RightsList } from './components/rights-list'
import { StaleBanner } from './components/stale-banner'
import { levelName } from './presentation'
import { useRightsStore } from './rights-store'
import './rights.scss'

/** 专属权益 tab: what my level gives me, what the next levels add, and all levels side by side. */
export function RightsScreen() {
  const status = useRightsStore((s) => s.status)
  const snapshot = useRightsStore((s) => s.snapshot)
  const stale = useRightsStore((s) => s.stale)
  const error = useRightsStore((s) => s.error)
  const refreshing = useRightsStore((s) => s.refreshing)
  const load = useRightsStore((s) => s.load)
  const [view, setView] = useState<'list' | 'compare'>('list')

  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  if (!snapshot) {
    if (status === 'error') return <ErrorState message={describeError(error)} onRetry={() => void load()} retrying={refreshing} />
    return (
      <SkeletonGroup label='正在加载权益'>
        <SkeletonBlock height={120} />
        <SkeletonBlock height={160} />
        <SkeletonBlock height={160} />
        <SkeletonBlock height={160} />
      </SkeletonGroup>
    )
  }

  const unlocked = snapshot.rights.filter((r) => r.unlocked).length
  return (
    <View className='rights'>
      {stale && error && <StaleBanner error={error} fetchedAt={snapshot.fetchedAt} refreshing={refreshing} onRetry={() => void load()} />}
      <View className='rights__head'>
        <Text className='rights__level' data-testid='rights-level'>
          当前等级「{levelName(snapshot.levelCode)}」
        </Text>
        <Text className='rights__summary'>
          已解锁 {unlocked} / {snapshot.rights.length} 项权益
        </Text>
      </View>
      {/* Two toggle buttons (aria-pressed), not tabs: the list below is not a tabpanel of either. */}
      <View className='segmented' {...a11y('权益查看方式', 'group')}>
        <Button className={`segmented__item ${view === 'list' ? 'segmented__item--on' : ''}`} onClick={() => setView('list')} ariaLabel='按等级查看' {...a11y(undefined, 'button', { pressed: view === 'list' })}>
          按等级
        </Button>
        <Button className={`segmented__item ${view === 'compare' ? 'segmented__item--on' : ''}`} onClick={() => setView('compare')} ariaLabel='等级对比' {...a11y(undefined, 'button', { pressed: view === 'compare' })}>
          等级对比
        </Button>
      </View>
      {snapshot.rights.length === 0 ? (
        <EmptyState title='暂无权益' message='品牌还没有发布会员权益，稍后再来看看' />
      ) : view === 'list' ? (
        <RightsList rights={snapshot.rights} levelCode={snapshot.levelCode} />
      ) : (
        <RightsCompare rights={snapshot.rights} levelCode={snapshot.levelCode} />
      )}
    </View>
  )
}
