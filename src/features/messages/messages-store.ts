import { create } from 'zustand'
import { onMemberDataInvalidated } from '@/services/mock-session'
import type { Message } from '@/services/schemas/messages'
import { fetchMessages, markMessagesRead } from './api'

interface MessagesState {
  messages: Message[] | null
  unread: number
  error: unknown
  loading: boolean
  load: () => Promise<void>
  markRead: (ids?: string[]) => Promise<void>
}

/** The 消息 centre and its unread badge share one store. */
export const useMessagesStore = create<MessagesState>()((set) => {
  const apply = (r: { messages: Message[]; unread: number }) => set({ messages: r.messages, unread: r.unread, error: null, loading: false })
  return {
    messages: null,
    unread: 0,
    error: null,
    loading: false,
    load: async () => {
      set({ loading: true })
      try {
        apply(await fetchMessages())
      } catch (error) {
        set({ error, loading: false })
      }
    },
    markRead: async (ids) => {
      try {
        apply(await markMessagesRead(ids))
      } catch (error) {
        set({ error })
      }
    },
  }
})

export function resetMessagesStore() {
  useMessagesStore.setState({ messages: null, unread: 0, error: null, loading: false })
}

// Another persona (or a reset backend) has other messages.
onMemberDataInvalidated(resetMessagesStore)
