import { GrowthRecordScreen } from '@/features/growth-path'

export default function GrowthRecordPage() {
  return <GrowthRecordScreen />
}
