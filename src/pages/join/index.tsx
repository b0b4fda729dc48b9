import { JoinScreen } from '@/features/identity'
import { H5Header } from '@/components/h5-header'
import { loadMockIdentityFormRoutes } from '@/services/mock-identity-form-routes'

// Before the page's first request: in mock mini-programs its endpoints come with this subpackage.
loadMockIdentityFormRoutes()

export default function JoinPage() {
  return (
    <>
      <H5Header title='加入会员' />
      <JoinScreen />
    </>
  )
}
