import { ReferralsScreen } from '@/features/referrals'
import { H5Header } from '@/components/h5-header'

export default function ReferralsPage() {
  return (
    <>
      <H5Header title='我邀请的' />
      <ReferralsScreen />
    </>
  )
}
