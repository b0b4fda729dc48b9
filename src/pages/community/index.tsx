import { EventsScreen } from '@/features/community'
import { H5Header } from '@/components/h5-header'

export default function CommunityPage() {
  return (
    <>
      <H5Header title='社群活动' />
      <EventsScreen />
    </>
  )
}
