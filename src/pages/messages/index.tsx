import { MessagesScreen } from '@/features/messages'

export default function MessagesPage() {
  return <MessagesScreen />
}
