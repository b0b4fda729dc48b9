import { useShareVisit } from '@/features/earning/share'
import { RightDetailScreen } from '@/features/rights'

export default function RightDetailPage() {
  useShareVisit()
  return <RightDetailScreen />
}
