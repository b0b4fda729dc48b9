import { JourneyScreen } from '@/features/journey'
import { H5Header } from '@/components/h5-header'
import { loadMockJourneyRoutes } from '@/services/mock-journey-routes'

loadMockJourneyRoutes()

export default function JourneyPage() {
  return (
    <>
      <H5Header title='我的会员旅程' />
      <JourneyScreen />
    </>
  )
}
