import { StoreCounterScreen } from '@/features/store-counter'
import { enableMockToolRoutes } from '@/services/mock-tool-routes'

// Before the counter's first request: in mock mini-programs its staff endpoints come with this subpackage.
enableMockToolRoutes()

export default function StoreCounterPage() {
  return <StoreCounterScreen />
}
