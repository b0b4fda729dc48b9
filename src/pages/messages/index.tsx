import { MessagesScreen } from '@/features/messages'
import { H5Header } from '@/components/h5-header'

export default function MessagesPage() {
  return (
    <>
      <H5Header title='消息' />
      <MessagesScreen />
    </>
  )
}
