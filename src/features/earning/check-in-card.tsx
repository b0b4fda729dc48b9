import { useCallback, useEffect } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { shanghaiMonthOf } from '@/domain/earning'
import { a11y } from '@/components/a11y'
import { serverNow } from '@/services/clock'
import { useCheckInStore } from './check-in-store'
import './earning.scss'

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/**
 * 签到: one a Shanghai day, with the streak and this month's days. The interaction shows at once
 * (the answer carries the new growth, written into the membership store); a second tap the same
 * day is said plainly.
 */
export function CheckInCard() {
  const month = shanghaiMonthOf(serverNow())
  const { info, busy, said, load, checkIn } = useCheckInStore()
  const reload = useCallback(() => load(month), [load, month])
  useEffect(reload, [reload])
  useDidShow(reload)
  const tap = () => void checkIn()

  const done = info?.checkedInToday ?? false
  const checked = new Set(info?.days ?? [])
  return (
    <View className='check-in' data-testid='check-in'>
      <View className='check-in__head'>
        <View>
          <Text className='check-in__title'>每日签到</Text>
          <Text className='check-in__meta' data-testid='check-in-streak'>
            {' '}
            {info ? `已连续 ${info.streak} 天 · 本月 ${info.days.length} 天` : '每天签到，互动 +1'}
          </Text>
        </View>
        <Button className={`check-in__btn${done ? ' check-in__btn--done' : ''}`} onClick={tap} {...a11y(done ? '今日已签到' : '签到', 'button', { disabled: busy })}>
          {done ? '今日已签到' : busy ? '签到中…' : '签到'}
        </Button>
      </View>
      {said && (
        <Text className={`check-in__said${said.tone === 'plain' ? ' check-in__said--plain' : ''}`} {...a11y(undefined, 'status')}>
          {said.text}
        </Text>
      )}
      <View className='check-in__days' {...a11y(`${month.replace('-', '年')}月签到 ${checked.size} 天`)}>
        {Array.from({ length: daysInMonth(month) }, (_, i) => {
          const date = `${month}-${String(i + 1).padStart(2, '0')}`
          return (
            <Text key={date} className={`check-in__day${checked.has(date) ? ' check-in__day--on' : ''}`}>
              {i + 1}
            </Text>
          )
        })}
      </View>
    </View>
  )
}
