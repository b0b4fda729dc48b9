import { ProfileIdentityActions } from '@/features/identity'
import { ProfileScreen } from '@/features/profile'

export default function ProfilePage() {
  return (
    <>
      <ProfileScreen />
      <ProfileIdentityActions />
    </>
  )
}
