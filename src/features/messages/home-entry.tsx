import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { a11y } from '@/components/a11y'
import { MESSAGES_URL } from '@/services/app-routes'
import { useMessagesStore } from './messages-store'
import './messages.scss'

/** The home's way into 消息, with the unread count: reminders arrive as the backend clock passes their time. */
export function MessagesHomeEntry() {
  const unread = useMessagesStore((s) => s.unread)
  // Never loaded (backend down, offline): the count is unknown, which is not the same as none.
  const unknown = useMessagesStore((s) => s.messages === null && s.error != null)
  const load = useMessagesStore((s) => s.load)
  useEffect(() => void load(), [load])
  useDidShow(() => void load())
  return (
    <View className='messages-entry' onClick={() => void Taro.navigateTo({ url: MESSAGES_URL })} {...a11y(unknown ? '消息，未读数暂时无法获取' : unread > 0 ? `消息，${unread} 条未读` : '消息', 'link')}>
      <Text className='messages-entry__title'>消息</Text>
      {unknown ? (
        <Text className='messages-entry__hint'>未读消息未知</Text>
      ) : unread > 0 ? (
        <Text className='messages-entry__badge' data-testid='messages-badge'>
          {unread > 99 ? '99+' : unread}
        </Text>
      ) : (
        <Text className='messages-entry__hint'>暂无未读</Text>
      )}
    </View>
  )
}
