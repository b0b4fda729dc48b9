import { SignInScreen } from '@/features/identity'
import { loadMockIdentityFormRoutes } from '@/services/mock-identity-form-routes'

// Before the page's first request: in mock mini-programs its endpoints come with this subpackage.
loadMockIdentityFormRoutes()

export default function SignInPage() {
  return <SignInScreen />
}
