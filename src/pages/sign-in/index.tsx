import { SignInScreen } from '@/features/identity'

export default function SignInPage() {
  return <SignInScreen />
}
