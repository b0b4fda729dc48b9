import { RecordScreen } from '@/features/cocreation'

export default function CocreationRecordPage() {
  return <RecordScreen />
}
