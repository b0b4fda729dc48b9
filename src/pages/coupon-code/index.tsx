import { CodeScreen } from '@/features/coupons'
import { H5Header } from '@/components/h5-header'

export default function CouponCodePage() {
  return (
    <>
      <H5Header title='出示券码' />
      <CodeScreen />
    </>
  )
}
