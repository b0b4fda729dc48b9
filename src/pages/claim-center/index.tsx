import { useShareMenu, useShareVisit } from '@/features/earning/share'
import { ClaimCenterScreen } from '@/features/coupons'
import { H5Header } from '@/components/h5-header'

const CLAIM_SHARE = { kind: 'coupon-template' as const }

export default function ClaimCenterPage() {
  useShareMenu(CLAIM_SHARE, '会员领券中心，好券一起领')
  useShareVisit()
  return (
    <>
      <H5Header title='领券中心' />
      <ClaimCenterScreen />
    </>
  )
}
