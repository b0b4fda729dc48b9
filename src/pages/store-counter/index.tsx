import { StoreCounterScreen } from '@/features/store-counter'
import { loadMockTesterTools } from '@/services/mock-tester-tools'

// Before the counter's first request: in mock mini-programs its staff endpoints come with this subpackage.
loadMockTesterTools()

export default function StoreCounterPage() {
  return <StoreCounterScreen />
}
