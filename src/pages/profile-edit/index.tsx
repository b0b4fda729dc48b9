import { ProfileEditScreen } from '@/features/identity'
import { H5Header } from '@/components/h5-header'
import { MemberDataLinks } from '@/features/member-data/links'
import { loadMockIdentityFormRoutes } from '@/services/mock-identity-form-routes'

// Before the page's first request: in mock mini-programs its endpoints come with this subpackage.
loadMockIdentityFormRoutes()

export default function ProfileEditPage() {
  return (
    <>
      <H5Header title='我的资料' />
      <ProfileEditScreen />
      <MemberDataLinks />
    </>
  )
}
