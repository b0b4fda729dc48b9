import { ProfileEditScreen } from '@/features/identity'

export default function ProfileEditPage() {
  return <ProfileEditScreen />
}
