import { ClaimCenterScreen } from '@/features/coupons'

export default function ClaimCenterPage() {
  return <ClaimCenterScreen />
}
