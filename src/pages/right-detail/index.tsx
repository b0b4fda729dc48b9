import { RightDetailScreen } from '@/features/rights'

export default function RightDetailPage() {
  return <RightDetailScreen />
}
