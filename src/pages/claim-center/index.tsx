import { ClaimCenterScreen } from '@/features/coupons'
import { H5Header } from '@/components/h5-header'

export default function ClaimCenterPage() {
  return (
    <>
      <H5Header title='领券中心' />
      <ClaimCenterScreen />
    </>
  )
}
