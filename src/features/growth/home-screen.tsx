import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { useEffect, useState } from 'react'
import { ErrorState } from '@/components/error-state'
import { LevelChangeMoment, takeLevelChange, type LevelChange } from '@/features/rights'
import { serverNow } from '@/services/clock'
import { describeError } from '@/services/errors'
import { HomeSkeleton } from './components/home-skeleton'
import { MembershipOverview, type HomeSlots } from './components/membership-overview'
import '@/components/states.scss'
import { useMembershipOnShow } from './use-membership'

/** 会员 tab: who I am in the programme, and what the next step takes. */
export function HomeScreen({ slots }: { slots?: HomeSlots } = {}) {
  const { status, snapshot, stale, error, refreshing, failed, retrying, load, retry } = useMembershipOnShow()
  const [levelChange, setLevelChange] = useState<LevelChange | null>(null)

  // Only fresh data may announce a level change; the moment is remembered per persona, so once.
  useEffect(() => {
    if (!snapshot?.growth || stale) return
    const change = takeLevelChange(snapshot.growth.levelCode)
    if (change) setLevelChange(change)
  }, [snapshot, stale])

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
          failed={failed}
          retrying={retrying}
          onRetry={() => void load()}
          onRetryPart={(part) => void retry(part)}
          now={serverNow()}
          slots={slots}
        />
      )}
      {snapshot && (
        <View className='pill-links'>
          <Button className='pill-link btn btn--secondary' onClick={() => void Taro.navigateTo({ url: '/pages/growth/index' })} {...a11y(undefined, 'link')}>
            成长路径 · 去成长
          </Button>
          <Button className='pill-link btn btn--secondary' onClick={() => void Taro.navigateTo({ url: '/pages/growth-record/index' })} {...a11y(undefined, 'link')}>
            成长记录
          </Button>
        </View>
      )}
      {levelChange && snapshot?.growth && (
        <LevelChangeMoment change={levelChange} progress={snapshot.growth.progress} onClose={() => setLevelChange(null)} />
      )}
    </View>
  )
}
