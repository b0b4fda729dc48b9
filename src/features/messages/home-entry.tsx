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
  const load = useMessagesStore((s) => s.load)
  useEffect(() => void load(), [load])
  useDidShow(() => void load())
  return (
    <View className='messages-entry' onClick={() => void Taro.navigateTo({ url: MESSAGES_URL })} {...a11y(unread > 0 ? `消息，${unread} 条未读` : '消息', 'link')}>
      <Text className='messages-entry__title'>消息</Text>
      {unread > 0 ? (
        <Text className='messages-entry__badge' data-testid='messages-badge'>
          {unread > 99 ? '99+' : unread}
        </Text>
      ) : (
        <Text className='messages-entry__hint'>暂无未读</Text>
      )}
    </View>
  )
}
