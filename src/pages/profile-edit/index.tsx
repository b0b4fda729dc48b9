import { ProfileEditScreen } from '@/features/identity'
import { H5Header } from '@/components/h5-header'

export default function ProfileEditPage() {
  return (
    <>
      <H5Header title='我的资料' />
      <ProfileEditScreen />
    </>
  )
}
