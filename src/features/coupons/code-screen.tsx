import { useEffect, useRef, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { couponStatusAt, hasStarted, pollDelay } from '@/domain/coupons'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { LiveCode } from '@/components/code/live-code'
import { useCodeScreen } from '@/components/code/use-code-screen'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { serverNow } from '@/services/clock'
import { describeError, type ApiError } from '@/services/errors'
import { formatDateTime } from '@/lib/format'
import type { CouponDto } from '@/services/schemas/coupons'
import { fetchCoupon, fetchStores } from './api'
import { backToWallet, CodeUnavailable } from './components/code-unavailable'
import { useCouponStore } from './coupon-store'
import { valueText } from './presentation'
import { CODE_RETRY_MS, useRedemptionCode } from './use-redemption-code'
import './coupons.scss'
import '@/components/code/code-screen.scss'

/** 出示券码: QR, Code 128 and digits of the current code; learns by polling when it was redeemed. */
export function CodeScreen() {
  const couponId = useRouter().params.id ?? ''
  const fromWallet = useCouponStore((s) => s.coupons?.find((c) => c.id === couponId) ?? null)
  const stores = useCouponStore((s) => s.stores)
  const upsert = useCouponStore((s) => s.upsert)
  const [coupon, setCoupon] = useState<CouponDto | null>(fromWallet)
  const [loadError, setLoadError] = useState<ApiError | null>(null)
  const visible = useCodeScreen()
  // Re-render every second; the clock itself is read at render so nothing shows a stale time.
  // Server-aligned: a phone minutes fast or slow still shows a live code with its true time left.
  const [, setTick] = useState(0)
  const now = serverNow()
  const [storeNames, setStoreNames] = useState<Record<string, string>>({})

  const status = coupon ? couponStatusAt(coupon, now) : null
  const started = coupon ? hasStarted(coupon, now) : false
  const showing = visible && status === 'available' && started
  // A failed coupon refresh (e.g. after NOT_AVAILABLE) is tried again rather than left stalled.
  const [couponRetry, setCouponRetry] = useState(0)
  const codeState = useRedemptionCode(couponId, showing)
  const { held, notAvailable } = codeState

  // The coupon itself: from the wallet if we have it (instant), else from the backend.
  const couponRef = useRef(coupon)
  couponRef.current = coupon
  useEffect(() => {
    if (!visible || !couponId) return
    let alive = true
    let retry: ReturnType<typeof setTimeout> | undefined
    fetchCoupon(couponId)
      .then((c) => alive && (setCoupon(c), upsert(c)))
      .catch((e: ApiError) => {
        if (!alive) return
        if (!couponRef.current) setLoadError(e)
        else if (notAvailable) retry = setTimeout(() => setCouponRetry((n) => n + 1), CODE_RETRY_MS)
      })
    return () => {
      alive = false
      clearTimeout(retry)
    }
  }, [visible, couponId, notAvailable, couponRetry, upsert])

  // Countdown tick.
  useEffect(() => {
    if (!visible) return
    const id = setInterval(() => setTick((n) => n + 1), 1000)
    return () => clearInterval(id)
  }, [visible])

  // "Was it redeemed?" polling with back-off while the code is shown; restarts with each new code.
  const codeValue = held?.code.code
  useEffect(() => {
    if (!showing || !couponId) return
    let attempt = 0
    let timer: ReturnType<typeof setTimeout>
    let alive = true
    const tick = () => {
      fetchCoupon(couponId)
        .then((c) => {
          if (!alive) return
          if (c.status !== 'available') {
            setCoupon(c)
            upsert(c)
          } else timer = setTimeout(tick, pollDelay(++attempt))
        })
        .catch(() => alive && (timer = setTimeout(tick, pollDelay(++attempt))))
    }
    timer = setTimeout(tick, pollDelay(attempt))
    return () => {
      alive = false
      clearTimeout(timer)
    }
  }, [showing, couponId, codeValue, upsert])

  useEffect(() => {
    if (status !== 'used' || stores.length > 0) return
    fetchStores()
      .then((list) => setStoreNames(Object.fromEntries(list.map((s) => [s.id, s.name]))))
      .catch(() => undefined)
  }, [status, stores.length])

  if (!couponId) return <ErrorState title='找不到这张券' message='链接里没有券的编号，请从券包打开要出示的券。' />
  if (!coupon && loadError) return <ErrorState message={describeError(loadError)} />
  if (!coupon)
    return (
      <SkeletonGroup label='正在加载券码'>
        <SkeletonBlock height={240} width='240px' />
      </SkeletonGroup>
    )

  const header = (
    <View className='code-screen__head'>
      <Text className='code-screen__title'>{coupon.title}</Text>
      <Text className='code-screen__value'> {valueText(coupon)}</Text>
    </View>
  )

  if (status === 'used') {
    const storeName = stores.find((s) => s.id === coupon.usedStoreId)?.name ?? storeNames[coupon.usedStoreId ?? ''] ?? '门店'
    return (
      <View className='code-screen'>
        {header}
        <View className='code-screen__done' {...a11y(undefined, 'status')} data-testid='redeemed'>
          <Text className='code-screen__done-title'>核销成功</Text>
          <Text>
            {storeName} · {coupon.usedAt ? formatDateTime(coupon.usedAt) : ''}
          </Text>
        </View>
        {/* Done here: the member's next step is the wallet, not the browser's back button. */}
        <Button className='code-screen__back btn btn--primary' onClick={backToWallet} {...a11y(undefined, 'button')}>
          返回券包
        </Button>
      </View>
    )
  }
  if (status === 'expired') {
    return (
      <View className='code-screen'>
        {header}
        <Text className='code-screen__dead' {...a11y(undefined, 'alert')}>
          这张券已于 {formatDateTime(coupon.validUntil)} 过期，不能再使用
        </Text>
      </View>
    )
  }

  if (!started) {
    return (
      <View className='code-screen'>
        {header}
        <CodeUnavailable validFrom={coupon.validFrom} />
      </View>
    )
  }

  return (
    <View className='code-screen'>
      {header}
      <LiveCode state={codeState} now={now} label='券码' idPrefix='coupon' whileRefused={<CodeUnavailable checking />} />
      <Text className='code-screen__hint'>{coupon.instructions}</Text>
    </View>
  )
}
