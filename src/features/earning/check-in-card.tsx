import { useCallback, useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { shanghaiMonthOf } from '@/domain/earning'
import { a11y } from '@/components/a11y'
import { useMembershipStore } from '@/features/growth'
import { serverNow } from '@/services/clock'
import { ApiError, describeError } from '@/services/errors'
import type { CheckInMonth } from '@/services/schemas/earning'
import { dailyCheckIn, fetchCheckIns } from './api'
import './earning.scss'

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number)
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

type Said = { tone: 'done' | 'plain'; text: string } | null

/**
 * 签到: one a Shanghai day, with the streak and this month's days. The interaction shows at once
 * (the answer carries the new growth, written into the membership store); a second tap the same
 * day is said plainly.
 */
export function CheckInCard() {
  const month = shanghaiMonthOf(serverNow())
  const [info, setInfo] = useState<CheckInMonth | null>(null)
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState<Said>(null)

  const load = useCallback(() => {
    fetchCheckIns(month)
      .then(setInfo)
      .catch(() => undefined)
  }, [month])
  useEffect(load, [load])
  useDidShow(load)

  const tap = () => {
    if (busy) return
    if (info?.checkedInToday) {
      setSaid({ tone: 'plain', text: '今天已经签到过了，明天再来' })
      return
    }
    setBusy(true)
    dailyCheckIn()
      .then(({ checkIn, growth }) => {
        useMembershipStore.setState((s) => (s.snapshot ? { snapshot: { ...s.snapshot, growth } } : {}))
        setInfo((prev) => ({
          days: [...new Set([...(prev?.days ?? []), checkIn.date])],
          streak: checkIn.streak,
          checkedInToday: true,
        }))
        setSaid({ tone: 'done', text: `签到成功，已连续 ${checkIn.streak} 天，互动 +1` })
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'ALREADY_CHECKED_IN') {
          setInfo((prev) => (prev ? { ...prev, checkedInToday: true } : prev))
          setSaid({ tone: 'plain', text: '今天已经签到过了，明天再来' })
        } else setSaid({ tone: 'plain', text: `签到没有成功：${describeError(e)}` })
      })
      .finally(() => setBusy(false))
  }

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
