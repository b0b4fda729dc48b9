import { InboxScreen } from '@/features/invites'

export default function InvitesPage() {
  return <InboxScreen />
}
