import { RightsScreen } from '@/features/rights'

export default function RightsPage() {
  return <RightsScreen />
}
