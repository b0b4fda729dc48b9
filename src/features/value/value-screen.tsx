import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { a11y } from '@/components/a11y'
import { ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { formatFen, formatShanghai } from '@/lib/format'
import { serverNow } from '@/services/clock'
import { describeError } from '@/services/errors'
import { fetchValue } from './api'
import { usePageData } from '@/components/use-page-data'
import './value.scss'

/** 已享权益: what membership gave the member this (or last) Shanghai year. */
export function ValueScreen() {
  const thisYear = Number(formatShanghai(serverNow(), 'YYYY'))
  const [year, setYear] = useState(thisYear)
  const fetch = useCallback(() => fetchValue(year), [year])
  const { data, error, load, loading } = usePageData(fetch)
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  function pick(next: number) {
    setYear(next)
    // The fetch follows the year on the next render; load it then.
    setTimeout(() => void load(), 0)
  }

  const cells = data
    ? [
        { label: '用券节省', value: formatFen(data.savedFen), testId: 'value-saved' },
        { label: '用券次数', value: `${data.couponsUsed} 张`, testId: 'value-coupons' },
        { label: '权益使用', value: `${data.rightsUsed} 次`, testId: 'value-rights' },
        { label: '参加活动', value: `${data.eventsAttended} 场`, testId: 'value-events' },
        { label: '想法被采纳', value: `${data.ideasAdopted} 条`, testId: 'value-ideas' },
        { label: '共创被采纳', value: `${data.cocreationAdopted} 次`, testId: 'value-cocreation' },
      ]
    : []
  return (
    <View className='value'>
      <View className='value__years' {...a11y('年份', 'radiogroup')}>
        {[thisYear, thisYear - 1].map((y) => (
          <Button key={y} className={`btn btn--small ${y === year ? 'btn--primary' : 'btn--secondary'}`} onClick={() => pick(y)} {...a11y(`${y} 年`, 'radio', { checked: y === year })}>
            {y} 年
          </Button>
        ))}
      </View>
      {!data && error ? (
        <ErrorState message={describeError(error)} onRetry={() => void load()} />
      ) : !data ? (
        <SkeletonGroup label='正在加载已享权益'>
          <SkeletonBlock height={300} />
        </SkeletonGroup>
      ) : (
        <View className='value__grid' aria-busy={loading ? 'true' : undefined}>
          {cells.map((c) => (
            <View key={c.label} className='value__cell' data-testid={c.testId}>
              <Text className='value__num'>{c.value}</Text>
              <Text className='value__label'>{c.label}</Text>
            </View>
          ))}
        </View>
      )}
      <Text className='value__note'>按上海时间的自然年统计；节省金额按已使用券的面额计。</Text>
    </View>
  )
}
