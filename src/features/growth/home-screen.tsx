import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ErrorState } from '@/components/error-state'
import { describeError } from '@/services/errors'
import { HomeSkeleton } from './components/home-skeleton'
import { MembershipOverview, type HomeSlots } from './components/membership-overview'
import { useMembershipStore } from './membership-store'

/** 会员 tab: who I am in the programme, and what the next step takes. */
export function HomeScreen({ slots }: { slots?: HomeSlots } = {}) {
  const status = useMembershipStore((s) => s.status)
  const snapshot = useMembershipStore((s) => s.snapshot)
  const stale = useMembershipStore((s) => s.stale)
  const error = useMembershipStore((s) => s.error)
  const refreshing = useMembershipStore((s) => s.refreshing)
  const load = useMembershipStore((s) => s.load)

  useDidShow(() => {
    void load()
  })
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  return (
    <View className='home'>
      {(status === 'idle' || status === 'loading') && !snapshot && <HomeSkeleton />}
      {status === 'error' && !snapshot && (
        <ErrorState message={describeError(error)} onRetry={() => void load()} retrying={refreshing} />
      )}
      {snapshot && (
        <MembershipOverview
          snapshot={snapshot}
          stale={stale}
          error={error}
          refreshing={refreshing}
          onRetry={() => void load()}
          now={Date.now()}
          slots={slots}
        />
      )}
    </View>
  )
}
