import { useEffect, useMemo, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { couponStatusAt, sortBySoonestExpiry, type CouponStatus } from '@/domain/coupons'
import { a11y } from '@/components/a11y'
import { EmptyState, ErrorState } from '@/components/error-state'
import { Notice } from '@/components/notice'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { endOfShanghaiDay } from '@/domain/time'
import { serverNow } from '@/services/clock'
import { describeError } from '@/services/errors'
import { prefetchPage } from '@/services/prefetch-page'
import type { CouponDto } from '@/services/schemas/coupons'
import { CouponCard } from './components/coupon-card'
import { NO_FILTER, passes, WalletFilters, type WalletFilter } from './components/wallet-filters'
import { useCouponStore } from './coupon-store'
import { STATUS_LABEL } from './presentation'
import './coupons.scss'

/** Cards rendered per page: a 300-coupon wallet grows by this much at the bottom, never all at once. */
export const WALLET_PAGE_SIZE = 20
/** A wallet longer than a page gets filters by type and store; a short one is read at a glance. */
export const FILTERS_FROM = WALLET_PAGE_SIZE + 1
const TABS: CouponStatus[] = ['available', 'used', 'expired']

export function openCouponCode(coupon: Pick<CouponDto, 'id'>) {
  void Taro.navigateTo({ url: `/pages/coupon-code/index?id=${encodeURIComponent(coupon.id)}` })
}

/** 券包: the member's coupons by state, soonest expiry first, paged as the list scrolls. */
export function WalletScreen() {
  const coupons = useCouponStore((s) => s.coupons)
  const stores = useCouponStore((s) => s.stores)
  const status = useCouponStore((s) => s.status)
  const stale = useCouponStore((s) => s.stale)
  const error = useCouponStore((s) => s.error)
  const load = useCouponStore((s) => s.load)
  const [tab, setTab] = useState<CouponStatus>('available')
  const [shown, setShown] = useState(WALLET_PAGE_SIZE)
  const [filter, setFilter] = useState<WalletFilter>(NO_FILTER)
  // "Today" on the server's clock: refreshed on show, once fresh data (and a fresh offset) has
  // arrived, and at Shanghai midnight, so 今天到期 never outlives its day on an open wallet.
  const [now, setNow] = useState(serverNow)
  useEffect(() => {
    const untilMidnight = endOfShanghaiDay(now) + 1 - now
    const timer = setTimeout(() => setNow(serverNow()), Math.max(1_000, untilMidnight))
    return () => clearTimeout(timer)
  }, [now])

  useDidShow(() => {
    setNow(serverNow())
    // The answer may have corrected the clock (Date header): re-judge if it moved noticeably.
    const shownAt = serverNow()
    void load().finally(() => {
      if (Math.abs(serverNow() - shownAt) > 60_000) setNow(serverNow())
    })
    // The code must be on screen fast at the counter: have its page ready before the tap.
    prefetchPage('pages/coupon-code/index')
  })
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })

  const groups = useMemo(() => {
    const by: Record<CouponStatus, CouponDto[]> = { available: [], used: [], expired: [] }
    for (const c of coupons ?? []) if (passes(c, filter)) by[couponStatusAt(c, now)].push(c)
    by.available = sortBySoonestExpiry(by.available)
    by.used = sortBySoonestExpiry(by.used).reverse()
    by.expired = sortBySoonestExpiry(by.expired).reverse()
    return by
  }, [coupons, now, filter])
  const filtering = filter.kind !== null || filter.storeId !== null

  const list = groups[tab]
  const more = list.length > shown
  useReachBottom(() => {
    if (more) setShown((n) => n + WALLET_PAGE_SIZE)
  })

  if (!coupons && status === 'error') return <ErrorState message={describeError(error)} onRetry={() => void load()} />
  if (!coupons)
    return (
      <SkeletonGroup label='正在加载优惠券'>
        <SkeletonBlock height={44} />
        <SkeletonBlock height={120} />
        <SkeletonBlock height={120} />
      </SkeletonGroup>
    )

  return (
    <View className='wallet'>
      <View className='wallet__tabs' {...a11y(undefined, 'tablist')}>
        {TABS.map((t) => (
          <View
            key={t}
            className={`wallet__tab ${t === tab ? 'wallet__tab--on' : ''}`}
            onClick={() => {
              setTab(t)
              setShown(WALLET_PAGE_SIZE)
            }}
            {...a11y(`${STATUS_LABEL[t]} ${groups[t].length} 张`, 'tab', { selected: t === tab })}
          >
            <Text>
              {STATUS_LABEL[t]} {groups[t].length}
            </Text>
          </View>
        ))}
      </View>
      {stale && error && (
        <Notice tone='offline' title='离线数据'>
          <Text>{describeError(error)}，显示的是上次保存的券包。</Text>
        </Notice>
      )}
      {coupons.length >= FILTERS_FROM && (
        <WalletFilters
          coupons={coupons}
          stores={stores}
          filter={filter}
          onChange={(f) => {
            setFilter(f)
            setShown(WALLET_PAGE_SIZE)
          }}
        />
      )}
      {filtering && (
        <Text className='wallet__filter-count' data-testid='wallet-filter-count'>
          筛选出 {list.length} 张
        </Text>
      )}
      <View className='wallet__entry' onClick={() => void Taro.navigateTo({ url: '/pages/claim-center/index' })} {...a11y('去领券中心', 'link')}>
        <Text>领券中心 ›</Text>
      </View>
      {list.length === 0 ? (
        <EmptyState
          title={filtering ? `没有符合筛选的${STATUS_LABEL[tab]}券` : `没有${STATUS_LABEL[tab]}的券`}
          message={filtering ? '换个类型或门店看看' : tab === 'available' ? '去领券中心看看' : undefined}
        />
      ) : (
        <View className='wallet__list'>
          {list.slice(0, shown).map((c) => (
            <CouponCard key={c.id} coupon={c} stores={stores} now={now} onOpen={openCouponCode} />
          ))}
          {more ? (
            <Button className='wallet__more btn btn--secondary' onClick={() => setShown((n) => n + WALLET_PAGE_SIZE)} {...a11y(undefined, 'button')}>
              加载更多（还有 {list.length - shown} 张）
            </Button>
          ) : (
            <Text className='wallet__end'>共 {list.length} 张</Text>
          )}
        </View>
      )}
    </View>
  )
}
