import { JoinScreen } from '@/features/identity'
import { H5Header } from '@/components/h5-header'

export default function JoinPage() {
  return (
    <>
      <H5Header title='加入会员' />
      <JoinScreen />
    </>
  )
}
