import { InboxScreen } from '@/features/invites'
import { H5Header } from '@/components/h5-header'

export default function InvitesPage() {
  return (
    <>
      <H5Header title='共创邀请' />
      <InboxScreen />
    </>
  )
}
