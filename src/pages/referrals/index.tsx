import { ReferralsScreen } from '@/features/referrals'
import { H5Header } from '@/components/h5-header'
import { loadMockJourneyRoutes } from '@/services/mock-journey-routes'

loadMockJourneyRoutes()

export default function ReferralsPage() {
  return (
    <>
      <H5Header title='我邀请的' />
      <ReferralsScreen />
    </>
  )
}
