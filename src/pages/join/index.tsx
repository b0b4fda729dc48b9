import { JoinScreen } from '@/features/identity'

export default function JoinPage() {
  return <JoinScreen />
}
