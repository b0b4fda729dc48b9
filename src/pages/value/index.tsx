import { ValueScreen } from '@/features/value'
import { H5Header } from '@/components/h5-header'
import { loadMockJourneyRoutes } from '@/services/mock-journey-routes'

loadMockJourneyRoutes()

export default function ValuePage() {
  return (
    <>
      <H5Header title='已享权益' />
      <ValueScreen />
    </>
  )
}
