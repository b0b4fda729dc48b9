import { GrowthRecordScreen } from '@/features/growth-path'
import { H5Header } from '@/components/h5-header'

export default function GrowthRecordPage() {
  return (
    <>
      <H5Header title='成长记录' />
      <GrowthRecordScreen />
    </>
  )
}
