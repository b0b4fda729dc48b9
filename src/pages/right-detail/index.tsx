import { RightDetailScreen } from '@/features/rights'
import { H5Header } from '@/components/h5-header'

export default function RightDetailPage() {
  return (
    <>
      <H5Header title='权益详情' />
      <RightDetailScreen />
    </>
  )
}
