import { RightsScreen } from '@/features/rights'
// The section alone, not the feature's index: the 已享权益 page rides in its own subpackage.
import { LevelGiftsSection } from '@/features/value/level-gifts'

export default function RightsPage() {
  return (
    <>
      <RightsScreen />
      <LevelGiftsSection />
    </>
  )
}
