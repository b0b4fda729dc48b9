import { WalletScreen } from '@/features/coupons'

export default function CouponsPage() {
  return <WalletScreen />
}
