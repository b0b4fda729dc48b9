import { GrowthPathScreen } from '@/features/growth-path'

export default function GrowthPage() {
  return <GrowthPathScreen />
}
