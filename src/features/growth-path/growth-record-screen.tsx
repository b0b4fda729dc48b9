import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { EmptyState, ErrorState } from '@/components/error-state'
import { Notice } from '@/components/notice'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { formatFen } from '@/domain/money'
import { SHARE_VISIT_TITLE } from '@/domain/earning'
import { serverNow } from '@/services/clock'
import { describeError } from '@/services/errors'
import { formatDateTime, formatShanghai } from '@/lib/format'
import type { GrowthEventDto } from '@/services/schemas/growth'
import { countShareVisits, describeMonth, groupByMonth, signedAmount, TYPE_LABEL } from './record-summary'
import { useRecordStore } from './record-store'
import '@/components/states.scss'
import './growth-path.scss'
import './growth-record.scss'

function EventRow({ event }: { event: GrowthEventDto }) {
  const amount = signedAmount(event)
  return (
    <View className='record-event' data-testid='growth-event'>
      <View className='record-event__body'>
        <Text className='record-event__title'>{event.title}</Text>
        <Text className='record-event__meta'>
          {TYPE_LABEL[event.type]} · {formatDateTime(event.occurredAt)}
        </Text>
      </View>
      <Text className={`record-event__amount ${amount !== null && amount < 0 ? 'record-event__amount--negative' : ''}`}>
        {amount === null ? (event.type === 'share' ? '分享 +1' : '互动 +1') : amount < 0 ? `-${formatFen(-amount)}` : `+${formatFen(amount)}`}
      </Text>
    </View>
  )
}

/** 成长记录: the ledger newest first, a month at a time, more as the member scrolls. */
export function GrowthRecordScreen() {
  const s = useRecordStore()
  useDidShow(() => void s.refresh())
  usePullDownRefresh(() => void s.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => void s.loadMore())

  if (s.events.length === 0) {
    if (s.status === 'error') return <ErrorState message={describeError(s.error)} onRetry={() => void s.refresh()} />
    if (s.status === 'ready') return <EmptyState title='还没有成长记录' message='消费、互动和分享都会记录在这里' />
    return (
      <SkeletonGroup label='正在加载成长记录'>
        <SkeletonBlock height={160} />
        <SkeletonBlock height={100} />
        <SkeletonBlock height={100} />
        <SkeletonBlock height={100} />
      </SkeletonGroup>
    )
  }

  const months = groupByMonth(s.events)
  const thisMonthKey = formatShanghai(serverNow(), 'YYYY-MM')
  // The backend totals every month a page touches over the whole month. Without that (an older
  // backend), the oldest loaded month may continue on the next page, so its totals from the
  // loaded rows are marked as partial rather than shown as the whole month's.
  const wholeMonth = (key: string) => s.months[key]
  const thisMonth = wholeMonth(thisMonthKey) ?? months.find((m) => m.key === thisMonthKey) ?? { spendFen: 0, interactions: 0, shares: 0 }
  const shareVisits = countShareVisits(s.events)
  const lastKey = months[months.length - 1]?.key
  const partialKey = s.nextCursor && lastKey && !wholeMonth(lastKey) ? lastKey : undefined
  const refundNote = s.events.some((e) => e.type === 'refund' || e.type === 'void') && Object.keys(s.months).length > 0
  return (
    <View className='growth-record'>
      {s.stale && s.error && (
        <Notice
          tone='offline'
          title={describeError(s.error)}
          action={
            <Button className='notice__action btn btn--primary btn--small' onClick={() => void s.refresh()} ariaLabel='重试' {...a11y(undefined, 'button')}>
              重试
            </Button>
          }
        >
          <Text>当前显示的是 {formatShanghai(s.fetchedAt ?? Date.now(), 'M月D日 HH:mm')} 保存的记录，可能不是最新</Text>
        </Notice>
      )}
      <View className='record-summary' data-testid='month-summary'>
        <Text className='record-summary__title'>
          本月成长（{formatShanghai(serverNow(), 'M月')}）{partialKey === thisMonthKey ? ' · 已加载部分' : ''}
        </Text>
        <Text className='record-summary__numbers'>{describeMonth(thisMonth)}</Text>
        {refundNote && (
          <Text className='record-summary__numbers' data-testid='refund-note'>
            月度消费已扣除退款，退款计入原消费所在的月份
          </Text>
        )}
        {shareVisits > 0 && (
          <Text className='record-summary__numbers' data-testid='share-visits'>
            {s.nextCursor ? '已加载的记录中，' : ''}
            {SHARE_VISIT_TITLE} {shareVisits} 次
          </Text>
        )}
      </View>
      {months.map((m) => (
        <View key={m.key}>
          <Text className='record-month' data-testid={`record-month-${m.key}`}>
            {m.label} · {m.key === partialKey ? '已加载部分：' : ''}
            {describeMonth(wholeMonth(m.key) ?? m)}
          </Text>
          {m.events.map((e) => (
            <EventRow key={e.id} event={e} />
          ))}
        </View>
      ))}
      {s.moreError ? (
        <View className='record-footer'>
          <Text>{describeError(s.moreError)}</Text>
          <Button className='pill-link btn btn--secondary' onClick={() => void s.loadMore()} {...a11y(undefined, 'button')}>
            重新加载更多
          </Button>
        </View>
      ) : (
        <Text className='record-footer' data-testid='record-footer'>
          {s.loadingMore ? '正在加载更多…' : s.nextCursor ? (s.stale ? '联网后可查看更早的记录' : '上滑加载更多') : '没有更早的记录了'}
        </Text>
      )}
    </View>
  )
}
