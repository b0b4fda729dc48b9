import { request } from '@/services/request'
import { MessagesResponse, SubscriptionsResponse, type ReminderTopic } from '@/services/schemas/messages'

export const fetchMessages = () => request({ path: '/me/messages', schema: MessagesResponse })
export const markMessagesRead = (ids?: string[]) =>
  request({ method: 'POST', path: '/me/messages/read', body: ids ? { ids } : {}, schema: MessagesResponse })
export const recordSubscription = (topics: ReminderTopic[], accepted: boolean) =>
  request({ method: 'POST', path: '/me/subscriptions', body: { topics, accepted }, schema: SubscriptionsResponse })
