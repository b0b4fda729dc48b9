import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { describeError, type ApiError } from '@/services/errors'
import type { StoreDto } from '@/services/schemas/coupons'
import { fetchStores } from './api'
import { MemberCheckout } from './checkout/member-checkout'
import { useCounterStore } from './counter-store'
import { DayLog } from './day-log/day-log'
import { EarningPanel } from './earning-panel'
import { CouponPreview } from './preview/coupon-preview'
import { ScanInput } from './scan/scan-input'
import { StaffSignIn } from './staff-sign-in'
import { DoneBanner } from './undo/done-banner'
import '../coupons/coupons.scss'
import '../coupons/claim.scss'
import './store-counter.scss'

/** The step in front of the clerk: a coupon to confirm, or a member's checkout. */
function CurrentStep({ storeName }: { storeName: (id: string) => string }) {
  const step = useCounterStore((s) => s.step)
  if (step.kind === 'coupon') return <CouponPreview key={step.code} lookup={step.lookup} storeName={storeName} />
  if (step.kind === 'member') return <MemberCheckout key={step.code} lookup={step.lookup} />
  return null
}

/**
 * 门店核销台: the clerk's tool. One field takes every code (scanner, camera or typing); a coupon
 * is shown before it is redeemed; a member code is the whole checkout; 撤销 within 10 minutes;
 * the store's day below.
 */
export function StoreCounterScreen() {
  const [stores, setStores] = useState<StoreDto[] | null>(null)
  const [storesError, setStoresError] = useState<ApiError | null>(null)
  const session = useCounterStore((s) => s.session)
  const notice = useCounterStore((s) => s.signInNotice)
  const signIn = useCounterStore((s) => s.signIn)
  const signOut = useCounterStore((s) => s.signOut)

  const loadStores = () => {
    setStoresError(null)
    fetchStores()
      .then(setStores)
      .catch((e: ApiError) => setStoresError(e))
  }
  useEffect(loadStores, [])

  if (!stores && storesError) return <ErrorState message={describeError(storesError)} onRetry={loadStores} />
  if (!stores)
    return (
      <SkeletonGroup label='正在加载门店'>
        <SkeletonBlock height={120} />
      </SkeletonGroup>
    )
  if (!session) return <StaffSignIn stores={stores} notice={notice} onSignedIn={signIn} />
  const storeName = (id: string) => stores.find((s) => s.id === id)?.name ?? id
  return (
    <View className='counter'>
      <View className='counter__signed-in'>
        <Text>当前门店：{storeName(session.storeId)}</Text>
        <Button className='counter__sign-out btn btn--secondary btn--small' onClick={() => signOut(null)} ariaLabel='退出登录' {...a11y(undefined, 'button')}>
          退出登录
        </Button>
      </View>
      <ScanInput />
      <DoneBanner />
      <CurrentStep storeName={storeName} />
      <DayLog />
      <EarningPanel session={session} onSignOut={signOut} />
    </View>
  )
}
