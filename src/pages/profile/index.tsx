import { ProfileScreen } from '@/features/profile'
// After the profile screen, so its styles (and growth's) come first in every chunk.
import { ProfileIdentityActions } from '@/features/identity'

export default function ProfilePage() {
  return (
    <ProfileScreen actions={<ProfileIdentityActions />} />
  )
}
