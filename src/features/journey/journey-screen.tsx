import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState, ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { formatShanghai } from '@/lib/format'
import { describeError } from '@/services/errors'
import { fetchJourney } from './api'
import { RatingPrompts } from './rating-prompt'
import { usePageData } from '@/components/use-page-data'
import './journey.scss'

/** 我的会员旅程: the member's milestones, newest first, with any experience waiting for a rating. */
export function JourneyScreen() {
  const { data: milestones, error, load } = usePageData(fetchJourney)
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))
  return (
    <View className='journey'>
      <RatingPrompts />
      {!milestones && error ? (
        <ErrorState message={describeError(error)} onRetry={() => void load()} />
      ) : !milestones ? (
        <SkeletonGroup label='正在加载我的会员旅程'>
          <SkeletonBlock height={300} />
        </SkeletonGroup>
      ) : milestones.length === 0 ? (
        <EmptyState title='旅程刚刚开始' />
      ) : (
        <View className='journey__timeline'>
          {milestones.map((m, i) => (
            <View key={`${m.kind}-${m.at}-${i}`} className={`milestone milestone--${m.kind}`} data-testid='milestone'>
              <Text className='milestone__date'>{formatShanghai(m.at, 'YYYY年M月D日')}</Text>
              <Text className='milestone__title'>{m.title}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
