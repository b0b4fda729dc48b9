import { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import { EmptyState, ErrorState } from '@/components/error-state'
import { SkeletonBlock, SkeletonGroup } from '@/components/skeleton'
import { describeError } from '@/services/errors'
import { formatShanghai } from '@/lib/format'
import { useMessagesStore } from './messages-store'
import { canSubscribe } from './subscribe'
import './messages.scss'
import './messages-screen.scss'

const TOPIC_LABEL = { 'level-expiry': '保级提醒', 'invite-deadline': '邀请截止', 'invite-start': '活动开始', 'coupon-expiry': '券即将过期' } as const

/** 消息: the reminders the backend has sent (or would have, had WeChat been allowed to push them). */
export function MessagesScreen() {
  const messages = useMessagesStore((s) => s.messages)
  const unread = useMessagesStore((s) => s.unread)
  const error = useMessagesStore((s) => s.error)
  const loading = useMessagesStore((s) => s.loading)
  const load = useMessagesStore((s) => s.load)
  const markRead = useMessagesStore((s) => s.markRead)
  useDidShow(() => void load())

  if (!messages) {
    if (error && !loading) return <ErrorState message={describeError(error)} onRetry={() => void load()} />
    return (
      <SkeletonGroup label='正在加载消息'>
        <SkeletonBlock height={120} />
        <SkeletonBlock height={120} />
      </SkeletonGroup>
    )
  }
  if (messages.length === 0) return <EmptyState title='暂无消息' message='保级、活动和券到期前，会在这里提醒你' />

  return (
    <View className='messages'>
      <View className='messages__head'>
        <Text data-testid='messages-unread'>{unread > 0 ? `${unread} 条未读` : '全部已读'}</Text>
        {unread > 0 && (
          <Button className='messages__all' onClick={() => void markRead()} {...a11y(undefined, 'button')}>
            全部标为已读
          </Button>
        )}
      </View>
      {messages.map((m) => (
        <View
          key={m.id}
          className={`messages__item ${m.read ? '' : 'messages__item--unread'}`}
          data-testid='message'
          onClick={() => !m.read && void markRead([m.id])}
          {...a11y(`${m.read ? '' : '未读，'}${m.title}`, 'button')}
        >
          <Text className='messages__topic'>
            {TOPIC_LABEL[m.topic]} · {formatShanghai(m.dueAt, 'M月D日 HH:mm')}
            {m.read ? '' : ' · 未读'}
          </Text>
          <Text className='messages__title'>{m.title}</Text>
          <Text className='messages__body'>{m.body}</Text>
          {canSubscribe() && m.pushed && <Text className='messages__topic'>已通过微信服务通知提醒</Text>}
        </View>
      ))}
    </View>
  )
}
