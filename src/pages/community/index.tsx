import { EventsScreen } from '@/features/community'
import { RatingPrompts } from '@/features/journey'
import { View } from '@tarojs/components'
import { H5Header } from '@/components/h5-header'
import { loadMockJourneyRoutes } from '@/services/mock-journey-routes'

loadMockJourneyRoutes()

export default function CommunityPage() {
  return (
    <>
      <H5Header title='社群活动' />
      {/* After a check-in, the event asks for its one-tap rating (once). */}
      <View className='community community--ratings'>
        <RatingPrompts kind='event' />
      </View>
      <EventsScreen />
    </>
  )
}
