import { RecordScreen } from '@/features/cocreation'
import { H5Header } from '@/components/h5-header'

export default function CocreationRecordPage() {
  return (
    <>
      <H5Header title='我的共创' />
      <RecordScreen />
    </>
  )
}
