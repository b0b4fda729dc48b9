import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { a11y } from '@/components/a11y'
import { EmptyState, ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { describeError } from '@/services/errors'
import type { CommunityEventDto } from '@/services/schemas/community'
import { cancelSignUp, fetchEvents, signUp } from './api'
import { myStatusText, seatsText, whenText } from './presentation'
import { usePageData } from '@/components/use-page-data'
import './community.scss'

// Each button names its event too, so a screen reader (and Tab) tells 报名 of one card from another's.
const joinLabel = (e: CommunityEventDto) => (e.status === 'full' ? '加入候补' : '报名')
const leaveLabel = (e: CommunityEventDto) => (e.myStatus === 'waitlisted' ? '取消候补' : '取消报名')

const STATUS_LABEL = { open: '报名中', full: '已满 · 可候补', closed: '已截止' } as const

/** 社群活动: open to every member at the event's level; a seat, or a place in line when full. */
export function EventsScreen() {
  const { data: events, setData, error, load } = usePageData(fetchEvents)
  const [busy, setBusy] = useState<string | null>(null)
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null)
  usePullDownRefresh(() => void load().finally(() => Taro.stopPullDownRefresh()))

  async function act(event: CommunityEventDto, leave: boolean) {
    setBusy(event.id)
    setNotice(null)
    try {
      const { registration, event: updated } = await (leave ? cancelSignUp(event.id) : signUp(event.id))
      setData((list) => list && list.map((e) => (e.id === updated.id ? updated : e)))
      const text =
        registration.status === 'registered' ? '报名成功，活动当天向店员出示会员码签到' : registration.status === 'waitlisted' ? `已加入候补，第 ${registration.waitlistPosition ?? '?'} 位` : '已取消报名'
      setNotice({ id: event.id, text })
      void Taro.showToast({ title: leave ? '已取消' : '已提交', icon: 'success' })
    } catch (e) {
      setNotice({ id: event.id, text: describeError(e) })
      void load() // seats may have moved: show the truth
    } finally {
      setBusy(null)
    }
  }

  if (!events && error) return <ErrorState message={describeError(error)} onRetry={() => void load()} />
  if (!events)
    return (
      <SkeletonGroup label='正在加载社群活动'>
        <SkeletonBlock height={220} />
        <SkeletonBlock height={220} />
      </SkeletonGroup>
    )
  if (events.length === 0) return <EmptyState title='暂时没有社群活动' message='新的活动会在这里发布，记得常来看看' />

  return (
    <View className='community'>
      {error ? <Text className='community__stale'>{describeError(error)}（显示的是上次加载的活动）</Text> : null}
      {events.map((e) => {
        const mine = myStatusText(e)
        const canLeave = (e.myStatus === 'registered' || e.myStatus === 'waitlisted') && e.status !== 'closed'
        const canJoin = e.myStatus === 'none' && e.status !== 'closed'
        return (
          <View key={e.id} className={`event-card event-card--${e.status}`} data-testid={`event-${e.id}`}>
            <View className='event-card__top'>
              <Text className='event-card__where'>{e.onlineUrl ? '线上活动' : '线下活动'}</Text>
              <Text className={`event-card__status event-card__status--${e.status}`}>{STATUS_LABEL[e.status]}</Text>
            </View>
            <Text className='event-card__title'>{e.title}</Text>
            <Text className='event-card__line'>时间：{whenText(e)}</Text>
            {e.place && <Text className='event-card__line'>地点：{e.place}</Text>}
            {e.onlineUrl && <Text className='event-card__line' userSelect>链接：{e.onlineUrl}</Text>}
            <Text className='event-card__line' data-testid='event-seats'>{seatsText(e)}</Text>
            {e.description && <Text className='event-card__desc'>{e.description}</Text>}
            {mine && <Text className={`event-card__mine event-card__mine--${e.myStatus}`} data-testid='event-mine'>{mine}</Text>}
            {notice?.id === e.id && <Text className='event-card__notice' {...a11y(undefined, 'status')}>{notice.text}</Text>}
            {canJoin && (
              <Button className='event-card__action btn btn--primary' disabled={busy === e.id || undefined} onClick={() => void act(e, false)} {...a11y(`${joinLabel(e)}：${e.title}`, 'button', { disabled: busy === e.id })}>
                {busy === e.id ? '正在提交…' : joinLabel(e)}
              </Button>
            )}
            {canLeave && (
              <Button className='event-card__action btn btn--text' disabled={busy === e.id || undefined} onClick={() => void act(e, true)} {...a11y(`${leaveLabel(e)}：${e.title}`, 'button', { disabled: busy === e.id })}>
                {busy === e.id ? '正在取消…' : leaveLabel(e)}
              </Button>
            )}
          </View>
        )
      })}
    </View>
  )
}
