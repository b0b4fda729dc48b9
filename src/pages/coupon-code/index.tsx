import { CodeScreen } from '@/features/coupons'

export default function CouponCodePage() {
  return <CodeScreen />
}
