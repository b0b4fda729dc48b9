import { StoreCounterScreen } from '@/features/store-counter'

export default function StoreCounterPage() {
  return <StoreCounterScreen />
}
