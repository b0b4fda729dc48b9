import { MemberCodeScreen } from '@/features/earning'
import { H5Header } from '@/components/h5-header'

export default function MemberCodePage() {
  return (
    <>
      <H5Header title='出示会员码' />
      <MemberCodeScreen />
    </>
  )
}
